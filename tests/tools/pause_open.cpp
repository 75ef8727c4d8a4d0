// LD_PRELOAD shim for tests: the real lync-backup pauses at a chosen moment
// without a hook in the product. When the program opens a path ending in
// $LBW_PAUSE_OPEN_SUFFIX, it first opens the FIFO $LBW_PAUSE_FIFO for
// reading, which waits until the test opens it for writing, then goes on
// with the real open(); a signal that interrupts the wait fails that open
// with EINTR, as a slow open on a share does. Linux only.

#include <dlfcn.h>
#include <fcntl.h>

#include <cstdarg>
#include <cstdlib>
#include <cstring>
#include <unistd.h>

namespace {

bool matches(const char *path) {
    const char *suffix = std::getenv("LBW_PAUSE_OPEN_SUFFIX");
    if (!path || !suffix || !*suffix)
        return false;
    const size_t length = std::strlen(path), suffixLength = std::strlen(suffix);
    return length >= suffixLength && std::strcmp(path + length - suffixLength, suffix) == 0;
}

template <typename Open>
int pauseThenOpen(const char *name, const char *path, int flags, mode_t mode) {
    static Open real = reinterpret_cast<Open>(dlsym(RTLD_NEXT, name));
    if (matches(path))
        if (const char *fifo = std::getenv("LBW_PAUSE_FIFO")) {
            const int held = real(fifo, O_RDONLY | O_CLOEXEC, 0);
            if (held < 0)
                return -1;  // interrupted by a signal: so is the open it held (errno kept)
            ::close(held);
        }
    return real(path, flags, mode);
}

}  // namespace

extern "C" {

int open(const char *path, int flags, ...) {
    mode_t mode = 0;
    if (flags & (O_CREAT | O_TMPFILE)) {
        va_list args;
        va_start(args, flags);
        mode = mode_t(va_arg(args, int));
        va_end(args);
    }
    return pauseThenOpen<int (*)(const char *, int, mode_t)>("open", path, flags, mode);
}

int open64(const char *path, int flags, ...) {
    mode_t mode = 0;
    if (flags & (O_CREAT | O_TMPFILE)) {
        va_list args;
        va_start(args, flags);
        mode = mode_t(va_arg(args, int));
        va_end(args);
    }
    return pauseThenOpen<int (*)(const char *, int, mode_t)>("open64", path, flags, mode);
}
}
