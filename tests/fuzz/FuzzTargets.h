#pragma once

// The fuzz targets' bodies, shared by the libFuzzer executables (tests/fuzz, clang only) and by
// the regression test that replays every input under tests/data/fuzz/ in the normal build.
// Each returns for any input; a crash, a sanitizer report or an abort() is a finding.

#include <QByteArrayView>

#include <cstddef>
#include <cstdint>

namespace foundry::fuzz {

void seedParser(QByteArrayView data);   // seed YAML: read, and when valid write, re-read, compare
void formAndQuery(QByteArrayView data); // form bodies and query strings, as the routes read them
void jsonRequest(QByteArrayView data);  // JSON request bodies through the Admin API's readers
void requestRouter(QByteArrayView data); // a raw request head + body through every route

} // namespace foundry::fuzz

// Defines libFuzzer's entry point over one target (only in the fuzz executables).
#define FOUNDRY_FUZZ_ENTRY_POINT(function)                                                          \
    extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)              \
    {                                                                                              \
        function(QByteArrayView(reinterpret_cast<const char *>(data), qsizetype(size)));           \
        return 0;                                                                                  \
    }
