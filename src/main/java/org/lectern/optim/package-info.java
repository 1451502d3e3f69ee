/**
 * The optimizer race: 2-D test surfaces with analytic gradients ({@link org.lectern.optim.Surfaces},
 * or a student's own {@link org.lectern.optim.Surface#of}), raced by ND4J's own updaters
 * ({@code Sgd}, {@code Nesterovs}, {@code AdaGrad}, {@code RmsProp}, {@code Adam}, any
 * {@code IUpdater}, plus classical {@link org.lectern.optim.Momentum}) from a common start
 * ({@link org.lectern.optim.Race}); divergent racers are stopped and marked, never thrown.
 * {@link org.lectern.optim.RaceResult#table()} sums a race up; {@link org.lectern.optim.RaceFigures}
 * draws it (surface with paths, loss and step length per step, animated GIF).
 * {@link org.lectern.optim.OptimizerTrials} is the homework's experiment on real data: one classifier per
 * optimizer or learning rate, validation loss per epoch, the best-validation checkpoint reloaded for the test numbers.
 *
 * <pre>{@code
 * RaceResult race = Race.on(Surfaces.rosenbrock())
 *         .racer("SGD", new Sgd(0.001)).racer("Momentum", new Momentum(0.001, 0.9))
 *         .racer("Adam", new Adam(0.05)).steps(500).run();
 * race.table();
 * }</pre>
 */
package org.lectern.optim;
