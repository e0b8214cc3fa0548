#pragma once

// The seed file API in one include: loadSeedFile/loadSeedText, writeSeed/saveSeedFile.
#include "SeedIssue.h"
#include "SeedReader.h"
#include "SeedWriter.h"
