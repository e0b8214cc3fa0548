#pragma once

#include "ExtraFields.h"

#include <QStringList>

// The keys of each mapping of the seed format, in the order the writer puts them (the order of
// the format's documentation). The reader treats every other key as unknown.
namespace foundry::seed::keys {

const QStringList &topLevel();
const QStringList &foundry();
// `connections`, `ontologies`, `compute_modules`: known places, content kept verbatim.
const QStringList &laterPhaseBlocks();
const QStringList &enrollment();
const QStringList &organization();
const QStringList &user();
const QStringList &group();
const QStringList &oauthClient();
const QStringList &provider();
const QStringList &samlProtocol();
const QStringList &oidcProtocol();
const QStringList &roleAssignment();
const QStringList &token();

// Puts carried keys where the writer will write them, so that reading a saved file gives the
// same list: an unknown key follows the last key that is actually written at or before the one
// it followed (defaults are not written), and the list is in write order. `written` are the
// known keys the writer writes for this mapping; `blocks` are carried keys that have a place of
// their own in `canonical`.
void placeExtras(ExtraFields &extras, const QStringList &canonical, const QStringList &written,
                 const QStringList &blocks = {});

} // namespace foundry::seed::keys
