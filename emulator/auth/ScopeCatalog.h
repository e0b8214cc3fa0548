#pragma once

#include <QList>
#include <QString>
#include <QStringList>
#include <QStringView>
#include <optional>

namespace foundry::auth {

// Every scope this emulator knows, with what it unlocks: the console's Scopes page lists them.
// Scopes outside the catalogue may still be requested and granted; they unlock nothing here.
class ScopeCatalog final
{
public:
    enum class Kind
    {
        Api,       // api:... (a broad API scope or its api:use-... alias)
        Operation, // multipass:... (one Admin operation)
        Standard,  // offline_access
    };

    struct Entry
    {
        QString name;
        QString description; // one line
        Kind kind = Kind::Api;
    };

    static const QList<Entry> &entries(); // catalogue order: API, offline_access, operations
    static std::optional<Entry> find(const QString &name);
    static bool isKnown(const QString &name) { return find(name).has_value(); }

    // "api:admin-read" → "api:use-admin-read"; anything else → empty.
    static QString useAlias(QStringView broadScope);

    // Whether a token's scopes satisfy an endpoint that needs `broadScope` (e.g. api:admin-write):
    // the broad scope itself, its api:use- alias, or the endpoint's single operation scope
    // (e.g. multipass:preregister-user) when it has one. An empty broadScope needs nothing.
    static bool satisfies(const QStringList &granted, QStringView broadScope,
                          QStringView operationScope = {});
};

} // namespace foundry::auth
