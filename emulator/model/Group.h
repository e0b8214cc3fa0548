#pragma once

#include "Attributes.h"
#include "ExtraFields.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace foundry {

enum class PrincipalKind { User, Group };

// A reference to a user or group by its stable id (renaming never breaks a membership).
struct PrincipalRef final
{
    PrincipalKind kind = PrincipalKind::User;
    QString id;

    friend bool operator==(const PrincipalRef &a, const PrincipalRef &b)
    {
        return a.kind == b.kind && a.id == b.id;
    }
    friend bool operator!=(const PrincipalRef &a, const PrincipalRef &b) { return !(a == b); }
};

// `foundry.groups[]`.
struct Group final
{
    QString id; // UUID without braces, stable across saves
    QString name;
    QString description;
    QString realm;
    QStringList organizationRids;
    QList<PrincipalRef> members;
    Attributes attributes;
    ExtraFields extras;

    friend bool operator==(const Group &a, const Group &b);
    friend bool operator!=(const Group &a, const Group &b) { return !(a == b); }
};

} // namespace foundry
