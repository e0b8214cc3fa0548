#pragma once

// Exit codes of foundry-console, as documented in the README and --help.
namespace foundry::exitcodes {

inline constexpr int kOk = 0;
inline constexpr int kRuntime = 1;     // port in use, unreadable or unwritable file
inline constexpr int kInvalidSeed = 2; // the seed has errors (also usage errors)
inline constexpr int kUsage = 2;

} // namespace foundry::exitcodes
