// Linked only into the ThreadSanitizer build. Debian's Qt is not built with TSan, so the
// synchronisation in QMutex's contended path happens in code TSan does not see, and it would
// report accesses those mutexes protect (the request log, the connection dispatcher) as races.
// These definitions take precedence over libQt6Core's for calls from our code (the executable's
// symbols win): each calls Qt's own function and tells TSan about the acquire or the release.
// QMutex's uncontended path is inline, annotated atomics, which TSan sees already. The Directory
// and the token and code stores use std::shared_mutex (pthread's, which TSan intercepts) rather
// than QReadWriteLock, whose private part Qt allocates and shares in code TSan cannot see.

#include <QMutex>

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
using TimedTryMethod = bool (*)(void *, int);

} // namespace

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
