"""The PyTorch peer of `./lectern bench`: one workload, trained (or multiplied) epoch by epoch on command.

usage: /usr/bin/python3 bench/peer.py train --sizes 784,400,784 --activations tanh,sigmoid --loss mse
                                            --optimizer sgd --lr 0.98 --batch 1000
                                            [--noise-mean 0.1 --noise-sigma 0.2] [--l1 0.1] [--images N]
                                            [--threads 2] [--seed 42] [--train-images FILE --train-labels FILE]
       /usr/bin/python3 bench/peer.py gemm --sizes 784,400,784 --batch 1000 [--images N] [--threads 2]
       /usr/bin/python3 bench/peer.py image --size 256 --mapping-size 256 --sigma 10 --width 256 --depth 4
                                            --lr 0.001 --steps 25 [--threads 2] [--seed 42]

`train` trains nn.Linear layers (PyTorch's default init, float32) on the MNIST training images:
every epoch visits the images in a fresh seeded random order, in batches of --batch, one optimizer
step per batch; the epoch's loss is the mean of its batch losses. Activations: tanh, sigmoid, relu;
the last layer's activation "logsoftmax" goes with --loss nll (labels as targets), any other with
--loss mse (the clean images as targets, an autoencoder). --noise-mean/--noise-sigma corrupt each
batch's input as clamp(x + N(mean, sigma), 0, 1); --l1 RHO adds RHO * sign(h) to the gradient of
the first layer's activations h (lecture 20's L1 activity penalty); the loss reported for it is
the MSE plus rho * sum(|h|) over the batch, the loss whose gradient that is, as the library reports it.
`gemm` performs only the matrix products one training step of --sizes needs, into preallocated
tensors: per layer the forward product and the weight gradient, and the input gradient for every
layer but the first. That is the floor no training step can go below.
`image` is notebook 05's coordinate MLP (Tancik et al. 2020): the pixels with even row and column of
a --size x --size picture, their coordinates (column/size, row/size) mapped to Gaussian Fourier
features [sin(2 pi B v), cos(2 pi B v)] with B ~ N(0, sigma^2) of --mapping-size x 2, then --depth
layers (ReLU, --width units; a sigmoid RGB output), MSE, Adam; every step uses all training pixels,
and one "epoch" is --steps such steps. The picture is a fixed made-up pattern of sines that the Java
worker draws the same way (see synthetic_picture), so both sides fit the same targets.

The images are the uncompressed IDX files that `./lectern setup` installs (the harness passes the
paths it resolved; standalone, $LECTERN_DATA/mnist or ~/.local/share/lectern/data/mnist).

Protocol, the same as the Java worker's (org.lectern.bench.WorkerMain): once the data and the model
are ready, one line "@bench ready" followed by tab-separated key=value fields; then one command per
line on stdin: "epoch" runs one epoch and answers "@bench epoch<TAB>seconds=S<TAB>loss=L", "quit"
answers "@bench done" and exits. A bad argument or data file exits with status 2 and a message, a
missing numpy or torch with status 3 and a message: the arguments and the data files are checked
before numpy and torch are imported, so that those checks work (and are tested) without them.
"""
import argparse
import math
import os
import sys
import time
from pathlib import Path

# numpy, imported by import_numpy_and_torch() once the arguments and the data files are checked.
np = None

IMAGES_MAGIC = 2051
LABELS_MAGIC = 2049


class BadInput(Exception):
    """An argument or a data file the peer cannot use; the message says what to do."""


class MissingModule(Exception):
    """numpy or torch is not installed for this Python; the message says what to install."""


def read_idx(path, magic, dimensions):
    """Returns the shape and the uint8 payload (a memoryview) of an IDX file, its magic number and size checked."""
    try:
        data = Path(path).read_bytes()
    except OSError as error:
        raise BadInput(f"cannot read {path}: {error.strerror}; run ./lectern setup to install MNIST") from error
    header = 4 + 4 * dimensions
    if len(data) < header:
        raise BadInput(f"{path} is {len(data)} bytes, too short for an IDX header")
    found = int.from_bytes(data[0:4], "big")
    if found != magic:
        raise BadInput(f"{path} is not an uncompressed IDX file with magic {magic} (found {found}); "
                       "gzip-compressed files must be unpacked first")
    shape = [int.from_bytes(data[4 + 4 * i:8 + 4 * i], "big") for i in range(dimensions)]
    expected = header + math.prod(shape)
    if len(data) != expected:
        raise BadInput(f"{path} holds {len(data)} bytes; its header {shape} promises {expected}")
    return shape, memoryview(data)[header:]


def default_data_dir():
    if os.environ.get("LECTERN_DATA"):
        return Path(os.environ["LECTERN_DATA"]) / "mnist"
    data_home = os.environ.get("XDG_DATA_HOME") or str(Path.home() / ".local/share")
    return Path(data_home) / "lectern/data/mnist"


def read_training_set(args):
    """Returns the first --images images and labels, checked: (pixels, labels, [count, pixels per image])."""
    directory = default_data_dir()
    image_shape, images = read_idx(args.train_images or directory / "train-images-idx3-ubyte", IMAGES_MAGIC, 3)
    label_shape, labels = read_idx(args.train_labels or directory / "train-labels-idx1-ubyte", LABELS_MAGIC, 1)
    if image_shape[0] != label_shape[0]:
        raise BadInput(f"{image_shape[0]} images but {label_shape[0]} labels")
    count = args.images or image_shape[0]
    if count > image_shape[0]:
        raise BadInput(f"--images {count} is more than the {image_shape[0]} images in the file")
    size = image_shape[1] * image_shape[2]
    return images[:count * size], labels[:count], [count, size]


def training_arrays(training_set):
    """Returns float32 images [count, pixels] in [0, 1] and int64 labels from read_training_set's payloads."""
    images, labels, shape = training_set
    return (np.frombuffer(images, dtype=np.uint8).reshape(shape).astype(np.float32) / 255.0,
            np.frombuffer(labels, dtype=np.uint8).astype(np.int64))


def import_numpy_and_torch():
    """Imports numpy (as this module's np) and returns torch; raises MissingModule if either is not installed."""
    global np
    try:
        import numpy
        import torch
    except ImportError as error:
        raise MissingModule(f"{error.name or error} is not installed for {sys.executable}; ./lectern bench installs "
                            "Debian's python3-torch, which brings numpy") from error
    np = numpy
    return torch


def synthetic_picture(np_, size):
    """Returns the bench's RGB picture [size, size, 3] in [0, 1], rounded to 8 bits like a PNG.

    The Java worker (org.lectern.bench.ImageFitting) draws the same formula."""
    lin = np_.arange(size, dtype=np_.float64) / size
    v, u = np_.meshgrid(lin, lin, indexing="ij")
    red = 0.5 + 0.5 * np_.sin(2 * np_.pi * (3 * u + 2 * v))
    green = 0.5 + 0.5 * np_.sin(2 * np_.pi * 7 * u) * np_.cos(2 * np_.pi * 5 * v)
    blue = 0.5 + 0.5 * np_.cos(2 * np_.pi * (11 * u - 4 * v))
    return np_.round(np_.stack([red, green, blue], axis=-1) * 255) / 255


def int_list(text):
    try:
        values = [int(part) for part in text.split(",")]
    except ValueError as error:
        raise argparse.ArgumentTypeError(f"expected comma-separated whole numbers such as 784,400,784; got {text}") \
            from error
    if len(values) < 2 or min(values) < 1:
        raise argparse.ArgumentTypeError(f"expected at least two positive sizes such as 784,400,784; got {text}")
    return values


def parse_arguments(argv):
    parser = argparse.ArgumentParser(prog="peer.py", description=__doc__.splitlines()[0])
    parser.add_argument("mode", choices=["train", "gemm", "image"])
    parser.add_argument("--sizes", type=int_list)
    parser.add_argument("--batch", type=int)
    parser.add_argument("--activations", default="")
    parser.add_argument("--loss", choices=["mse", "nll"], default="mse")
    parser.add_argument("--optimizer", choices=["sgd", "adam"], default="sgd")
    parser.add_argument("--lr", type=float, help="learning rate (default 0.1; image: the paper's 1e-3)")
    parser.add_argument("--noise-mean", type=float)
    parser.add_argument("--noise-sigma", type=float)
    parser.add_argument("--l1", type=float)
    parser.add_argument("--images", type=int)
    parser.add_argument("--threads", type=int, default=2)
    parser.add_argument("--seed", type=int, default=42)
    parser.add_argument("--train-images", type=Path)
    parser.add_argument("--train-labels", type=Path)
    parser.add_argument("--size", type=int, default=256)
    parser.add_argument("--mapping-size", type=int, default=256)
    parser.add_argument("--sigma", type=float, default=10.0)
    parser.add_argument("--width", type=int, default=256)
    parser.add_argument("--depth", type=int, default=4)
    parser.add_argument("--steps", type=int, default=25)
    args = parser.parse_args(argv)
    if args.lr is None:
        args.lr = 1e-3 if args.mode == "image" else 0.1
    if args.mode == "image":
        if min(args.size, args.mapping_size, args.width, args.steps, args.threads) < 1 or args.size % 2 \
                or args.depth < 2 or not args.sigma > 0:
            parser.error("image needs an even --size, --mapping-size, --width, --steps and --threads of at least 1, "
                         "--depth of at least 2 and --sigma above 0")
        return args
    if args.sizes is None or args.batch is None:
        parser.error(f"{args.mode} needs --sizes and --batch")
    if args.batch < 1 or args.threads < 1 or (args.images is not None and args.images < 1):
        parser.error("--batch, --threads and --images must be at least 1")
    if (args.noise_mean is None) != (args.noise_sigma is None):
        parser.error("give both --noise-mean and --noise-sigma, or neither")
    if args.noise_sigma is not None and not args.noise_sigma >= 0:
        parser.error(f"--noise-sigma must be at least 0; got {args.noise_sigma}")
    if args.mode == "train":
        activations = args.activations.split(",") if args.activations else []
        if len(activations) != len(args.sizes) - 1:
            parser.error(f"--activations needs one name per layer ({len(args.sizes) - 1}); got '{args.activations}'")
        if (activations[-1] == "logsoftmax") != (args.loss == "nll"):
            parser.error("a logsoftmax output goes with --loss nll, and only with it")
        args.activations = activations
    return args


def build_model(torch, args):
    """Returns the layers as nn.Sequential, the L1 penalty module after the first activation if asked."""
    nn = torch.nn
    modules = {"tanh": nn.Tanh, "sigmoid": nn.Sigmoid, "relu": nn.ReLU, "logsoftmax": lambda: nn.LogSoftmax(dim=1)}
    layers = []
    for index, name in enumerate(args.activations):
        if name not in modules:
            raise BadInput(f"unknown activation '{name}'; use one of {', '.join(modules)}")
        layers += [nn.Linear(args.sizes[index], args.sizes[index + 1]), modules[name]()]
        if index == 0 and args.l1 is not None:
            layers.append(l1_penalty(torch, args.l1))
    return nn.Sequential(*layers)


def l1_penalty(torch, rho):
    """Returns lecture 20's penalty: the identity forward, rho * sign(h) added to the gradient backward."""

    class L1Penalty(torch.autograd.Function):
        @staticmethod
        def forward(ctx, h):
            ctx.save_for_backward(h)
            return h

        @staticmethod
        def backward(ctx, grad):
            h, = ctx.saved_tensors
            return grad + rho * h.sign()

    class Penalty(torch.nn.Module):
        """Applies the penalty and keeps rho * sum(|h|) of the last batch, the term the library adds to its loss."""

        def __init__(self):
            super().__init__()
            self.last_term = 0.0

        def forward(self, h):
            self.last_term = rho * h.detach().abs().sum()
            return L1Penalty.apply(h)

    return Penalty()


class Training:
    """One epoch per call: seeded shuffle, batches, forward, loss, backward, optimizer step."""

    def __init__(self, torch, args, images, labels):
        self.torch = torch
        self.args = args
        self.images = torch.from_numpy(images)
        self.labels = torch.from_numpy(labels)
        self.model = build_model(torch, args)
        self.loss = torch.nn.MSELoss() if args.loss == "mse" else torch.nn.NLLLoss()
        optimizer = torch.optim.SGD if args.optimizer == "sgd" else torch.optim.Adam
        self.optimizer = optimizer(self.model.parameters(), lr=args.lr)
        self.order = torch.Generator().manual_seed(args.seed)
        self.penalty = next((m for m in self.model if hasattr(m, "last_term")), None)

    def epoch(self):
        torch, args = self.torch, self.args
        order = torch.randperm(len(self.images), generator=self.order)
        total, batches = 0.0, 0
        for start in range(0, len(order), args.batch):
            rows = order[start:start + args.batch]
            clean = self.images.index_select(0, rows)
            features = clean
            if args.noise_sigma is not None:
                features = (clean + torch.randn_like(clean) * args.noise_sigma + args.noise_mean).clamp_(0, 1)
            target = clean if args.loss == "mse" else self.labels.index_select(0, rows)
            self.optimizer.zero_grad()
            loss = self.loss(self.model(features), target)
            loss.backward()
            self.optimizer.step()
            total += loss.item() + (float(self.penalty.last_term) if self.penalty is not None else 0.0)
            batches += 1
        return total / batches


class Products:
    """One epoch per call: only the matrix products of a training step, once per batch of the epoch."""

    def __init__(self, torch, args, images):
        self.torch = torch
        self.steps = -(-images // args.batch)
        self.products = []
        batch = args.batch
        for index, (fan_in, fan_out) in enumerate(zip(args.sizes, args.sizes[1:])):
            activations = torch.rand(batch, fan_in)
            weights = torch.rand(fan_out, fan_in)
            delta = torch.rand(batch, fan_out)
            self.products.append((activations, weights.t(), torch.empty(batch, fan_out)))
            self.products.append((delta.t(), activations, torch.empty(fan_out, fan_in)))
            if index > 0:
                self.products.append((delta, weights, torch.empty(batch, fan_in)))
        self.flops = sum(2 * a.shape[0] * a.shape[1] * b.shape[1] for a, b, _ in self.products) * self.steps

    def epoch(self):
        mm = self.torch.mm
        for _ in range(self.steps):
            for a, b, out in self.products:
                mm(a, b, out=out)
        return float("nan")


class ImageFitting:
    """One "epoch" per call: --steps full-batch Adam steps of the coordinate MLP on the training pixels."""

    def __init__(self, torch, args):
        self.torch = torch
        self.steps = args.steps
        picture = synthetic_picture(np, args.size)
        lin = np.arange(args.size, dtype=np.float64) / args.size
        v, u = np.meshgrid(lin, lin, indexing="ij")
        coordinates = np.stack([u[::2, ::2].ravel(), v[::2, ::2].ravel()], axis=1)
        self.targets = torch.from_numpy(picture[::2, ::2].reshape(-1, 3).astype(np.float32))
        generator = torch.Generator().manual_seed(args.seed)
        b = torch.randn(args.mapping_size, 2, generator=generator, dtype=torch.float64) * args.sigma
        projected = 2 * np.pi * torch.from_numpy(coordinates) @ b.t()
        self.features = torch.cat([projected.sin(), projected.cos()], dim=1).float()
        nn = torch.nn
        layers, fan_in = [], 2 * args.mapping_size
        for _ in range(args.depth - 1):
            layers += [nn.Linear(fan_in, args.width), nn.ReLU()]
            fan_in = args.width
        self.model = nn.Sequential(*layers, nn.Linear(fan_in, 3), nn.Sigmoid())
        self.loss = nn.MSELoss()
        self.optimizer = torch.optim.Adam(self.model.parameters(), lr=args.lr)
        self.pixels = len(self.features)

    def epoch(self):
        loss = None
        for _ in range(self.steps):
            self.optimizer.zero_grad()
            loss = self.loss(self.model(self.features), self.targets)
            loss.backward()
            self.optimizer.step()
        return loss.item()


def loaded_blas():
    """Returns the file of the BLAS library this process loaded, e.g. .../openblas-pthread/libblas.so.3."""
    try:
        with open("/proc/self/maps", encoding="ascii", errors="replace") as maps:
            paths = {line.split()[-1] for line in maps if "libblas" in line or "libopenblas" in line}
    except OSError:
        return "unknown"
    files = sorted({os.path.realpath(path) for path in paths})
    openblas = [path for path in files if "libopenblas" in os.path.basename(path)]
    return ",".join(openblas or files) or "none found"


def answer(*fields):
    print("@bench " + "\t".join(fields), flush=True)


def main(argv):
    args = parse_arguments(argv)
    try:
        training_set = read_training_set(args) if args.mode == "train" else None
        # Debian's torch calls the system BLAS (libblas.so.3, OpenBLAS once installed), whose pool is not
        # set by torch.set_num_threads: give it the same number of threads before it loads.
        os.environ.setdefault("OPENBLAS_NUM_THREADS", str(args.threads))
        torch = import_numpy_and_torch()
        torch.set_num_threads(args.threads)
        torch.manual_seed(args.seed)
        if args.mode == "train":
            images, labels = training_arrays(training_set)
            work = Training(torch, args, images, labels)
            count = len(images)
        elif args.mode == "image":
            work = ImageFitting(torch, args)
            count = work.pixels
        else:
            count = args.images or 60000
            work = Products(torch, args, count)
    except BadInput as error:
        print(f"peer.py: {error}", file=sys.stderr)
        return 2
    except MissingModule as error:
        print(f"peer.py: {error}", file=sys.stderr)
        return 3
    ready = [f"torch={torch.__version__}", f"threads={torch.get_num_threads()}", f"images={count}",
             f"python={sys.version.split()[0]}", f"numpy={np.__version__}", f"blas={loaded_blas()}"]
    if args.mode == "gemm":
        ready.append(f"flops_per_epoch={work.flops}")
    if args.mode == "image":
        ready.append(f"steps_per_epoch={work.steps}")
    answer("ready", *ready)
    for line in sys.stdin:
        command = line.strip()
        if command == "epoch":
            started = time.perf_counter()
            loss = work.epoch()
            answer("epoch", f"seconds={time.perf_counter() - started:.6f}", f"loss={loss!r}")
        elif command == "quit":
            answer("done")
            return 0
        else:
            print(f"peer.py: unknown command '{command}'; the commands are epoch and quit", file=sys.stderr)
            return 2
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
