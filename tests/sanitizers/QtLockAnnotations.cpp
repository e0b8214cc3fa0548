// Linked only into the ThreadSanitizer build. Debian's Qt is not built with TSan, so the
// synchronisation inside QReadWriteLock and QMutex's contended path happens in code TSan does
// not see, and it would report every access those locks protect (the Directory's data, the token
// store) as a race. These definitions take precedence over libQt6Core's for calls from our code
// (the executable's symbols win): each calls Qt's own function and tells TSan about the acquire
// or the release. QMutex's uncontended path is inline atomics, which TSan sees already.

#include <QMutex>
#include <QReadWriteLock>

#include <dlfcn.h>
#include <sanitizer/tsan_interface.h>

#include <cstdio>
#include <cstdlib>

namespace {

template <typename Function>
Function realFunction(const char *mangledName)
{
    void *symbol = dlsym(RTLD_NEXT, mangledName);
    if (!symbol) {
        std::fprintf(stderr, "QtLockAnnotations: %s not found in Qt\n", mangledName);
        std::abort();
    }
    return reinterpret_cast<Function>(symbol);
}

using Method = void (*)(void *);
using TryMethod = bool (*)(void *);
using TimedTryMethod = bool (*)(void *, int);

} // namespace

void QReadWriteLock::lockForRead()
{
    static const auto real = realFunction<Method>("_ZN14QReadWriteLock11lockForReadEv");
    real(this);
    __tsan_acquire(this);
}

void QReadWriteLock::lockForWrite()
{
    static const auto real = realFunction<Method>("_ZN14QReadWriteLock12lockForWriteEv");
    real(this);
    __tsan_acquire(this);
}

bool QReadWriteLock::tryLockForRead()
{
    static const auto real = realFunction<TryMethod>("_ZN14QReadWriteLock14tryLockForReadEv");
    const bool locked = real(this);
    if (locked)
        __tsan_acquire(this);
    return locked;
}

bool QReadWriteLock::tryLockForRead(int timeout)
{
    static const auto real = realFunction<TimedTryMethod>("_ZN14QReadWriteLock14tryLockForReadEi");
    const bool locked = real(this, timeout);
    if (locked)
        __tsan_acquire(this);
    return locked;
}

bool QReadWriteLock::tryLockForWrite()
{
    static const auto real = realFunction<TryMethod>("_ZN14QReadWriteLock15tryLockForWriteEv");
    const bool locked = real(this);
    if (locked)
        __tsan_acquire(this);
    return locked;
}

bool QReadWriteLock::tryLockForWrite(int timeout)
{
    static const auto real =
        realFunction<TimedTryMethod>("_ZN14QReadWriteLock15tryLockForWriteEi");
    const bool locked = real(this, timeout);
    if (locked)
        __tsan_acquire(this);
    return locked;
}

void QReadWriteLock::unlock()
{
    static const auto real = realFunction<Method>("_ZN14QReadWriteLock6unlockEv");
    __tsan_release(this);
    real(this);
}

void QBasicMutex::lockInternal() noexcept
{
    static const auto real = realFunction<Method>("_ZN11QBasicMutex12lockInternalEv");
    real(this);
    __tsan_acquire(this);
}

bool QBasicMutex::lockInternal(int timeout) noexcept
{
    static const auto real = realFunction<TimedTryMethod>("_ZN11QBasicMutex12lockInternalEi");
    const bool locked = real(this, timeout);
    if (locked)
        __tsan_acquire(this);
    return locked;
}

void QBasicMutex::unlockInternal() noexcept
{
    static const auto real = realFunction<Method>("_ZN11QBasicMutex14unlockInternalEv");
    __tsan_release(this);
    real(this);
}
