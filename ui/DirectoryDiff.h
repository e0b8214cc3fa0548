#pragma once

#include "DirectoryChange.h"
#include "DirectoryState.h"

#include <QList>
#include <QString>

namespace foundry::ui {

// What changed between two states, entity by entity and field by field: the "Diff vs file"
// view's content (the state the file was opened or saved with, against the current one).
struct FieldDiff final
{
    QString field;
    QString before; // empty when the field was unset
    QString after;
};

enum class EntityDiffType
{
    Added,
    Removed,
    Changed
};

struct EntityDiff final
{
    EntityKind kind = EntityKind::User;
    EntityDiffType type = EntityDiffType::Changed;
    QString key;             // id, client id, rid, assignment key; settings: "settings"
    QString label;           // what a person calls it: the username, group name, ...
    QList<FieldDiff> fields; // Changed: the fields that differ; Added/Removed: every set field
};

// In file order: settings, organizations, users, groups, applications, providers, role
// assignments, fixed tokens. Secrets are never shown (a changed secret reads "changed").
QList<EntityDiff> diffStates(const DirectoryState &before, const DirectoryState &after);

QString entityKindName(EntityKind kind); // "user", "group", "application", ...

} // namespace foundry::ui
