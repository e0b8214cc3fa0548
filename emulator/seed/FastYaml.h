#pragma once

#include "YamlTree.h"

#include <optional>
#include <string_view>

// A reader for the plain block-style YAML that seeds are written in, because yaml-cpp's scanner
// takes seconds on a 100,000-user seed. It builds the tree YamlNode::fromYamlCpp(YAML::Load())
// would build (the same kinds, the same tags, "?" for plain scalars and "!" for quoted ones, the
// same block and flow styles, plain null words as null nodes) but without marks, so a caller
// that has something to report must read the text again with YAML::Load to name lines and
// columns.
namespace foundry::seed {

// The subset: block mappings and sequences (indentless sequences as mapping values too),
// one-line plain, single- and double-quoted scalars, one-line flow `[...]` / `{...}` of those,
// comments. nullopt for anything else (anchors, aliases, tags, block scalars, multi-line scalars,
// directives and document markers, tabs, CR, control characters, invalid UTF-8, complex keys)
// and for text that is not valid YAML: YAML::Load decides those, and reports the errors.
std::optional<YamlNode> fastLoadYaml(std::string_view text);

} // namespace foundry::seed
