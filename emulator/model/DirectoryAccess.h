#pragma once

// The Directory's read path, for Directory.cpp and DirectoryConfiguration.cpp only.

#include "Directory.h"
#include "DirectoryIndex.h"

#include <shared_mutex>

namespace foundry {

template <typename Read> auto Directory::read(Read &&read) const
{
    if (const DirectoryIndex *draft = draftOfThisThread())
        return read(*draft);
    std::shared_lock locker(m_lock);
    return read(*m_data);
}

} // namespace foundry
