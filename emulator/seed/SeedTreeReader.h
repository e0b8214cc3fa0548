#pragma once

#include "SeedReader.h"

#include "YamlTree.h"

namespace foundry {

// Reads a seed from an already parsed tree (loadSeedText's second half). The issues carry the
// tree's marks: exact for a tree copied from YAML::Load, none for one from fastLoadYaml.
SeedLoadResult readSeedTree(const seed::YamlNode &root, const QString &fileName);

} // namespace foundry
