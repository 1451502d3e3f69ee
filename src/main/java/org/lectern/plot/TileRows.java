package org.lectern.plot;

import java.util.ArrayList;
import java.util.List;

/** Arranges blocks of tiles into the rows of a grid: a labelled block is one row, an unlabelled one fills rows of a width. */
final class TileRows {
    /** Tiles added in one call: {@code label} is null for images that flow into rows. */
    record Block(String label, TileImages images) {
    }

    private TileRows() {
    }

    /**
     * Returns the rows of the grid and adds each row's label ("" for none) to {@code labels}.
     *
     * @param columns         the row width for unlabelled blocks
     * @param columnsExplicit true if the caller set the width, so a longer labelled row is an error
     * @param gridRows        the exact number of rows of unlabelled tiles wanted, 0 for as many as needed
     */
    static List<TileImages> arrange(List<Block> blocks, int columns, boolean columnsExplicit, int gridRows, List<String> labels) {
        TileImages first = blocks.get(0).images();
        boolean labelled = blocks.stream().anyMatch(b -> b.label() != null);
        if (gridRows > 0 && labelled) {
            throw new IllegalArgumentException("grid(rows, columns) lays out images(...) or weights(...); labelled rows"
                    + " make their own layout, so use columns(n) with them");
        }
        List<TileImages> rows = new ArrayList<>();
        for (Block block : blocks) {
            TileImages images = block.images();
            if (images.height() != first.height() || images.width() != first.width()) {
                throw new IllegalArgumentException("images of " + first.height() + "x" + first.width() + " and "
                        + images.height() + "x" + images.width() + " cannot share a grid; make two grids");
            }
            if (block.label() != null) {
                if (columnsExplicit && images.count() > columns) {
                    throw new IllegalArgumentException("row \"" + block.label() + "\" has " + images.count()
                            + " images but the grid has " + columns + " columns; pass fewer images or more columns");
                }
                rows.add(images);
                labels.add(block.label());
                continue;
            }
            List<double[]> tiles = images.tiles();
            if (gridRows > 0) {
                tiles = exactly(tiles, gridRows, columns);
            }
            for (int start = 0; start < tiles.size(); start += columns) {
                rows.add(new TileImages(first.height(), first.width(), tiles.subList(start, Math.min(tiles.size(), start + columns))));
                labels.add("");
            }
        }
        return rows;
    }

    private static List<double[]> exactly(List<double[]> tiles, int rows, int columns) {
        int cells = rows * columns;
        if (tiles.size() < cells) {
            throw new IllegalArgumentException("a " + rows + "x" + columns + " grid needs " + cells + " images, but "
                    + tiles.size() + " were given; pass at least " + cells + " or make the grid smaller");
        }
        return tiles.subList(0, cells);
    }
}
