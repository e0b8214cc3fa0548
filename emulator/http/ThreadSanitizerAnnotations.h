#pragma once

// Tells ThreadSanitizer about an ordering that Debian's Qt makes where it cannot see it: Qt is
// not built with TSan, so synchronisation entirely inside libQt6Core (QThread::wait() on a
// thread that has already finished, for one) is invisible to it. Nothing in other builds.

#if defined(__SANITIZE_THREAD__)
#define FOUNDRY_TSAN 1
#elif defined(__has_feature)
#if __has_feature(thread_sanitizer)
#define FOUNDRY_TSAN 1
#endif
#endif

#ifdef FOUNDRY_TSAN
#include <sanitizer/tsan_interface.h>
#endif

namespace foundry::tsan {

// Everything this thread did before release(key) happens before what another thread does
// after a later acquire(key).
inline void release([[maybe_unused]] void *key)
{
#ifdef FOUNDRY_TSAN
    __tsan_release(key);
#endif
}

inline void acquire([[maybe_unused]] void *key)
{
#ifdef FOUNDRY_TSAN
    __tsan_acquire(key);
#endif
}

} // namespace foundry::tsan
