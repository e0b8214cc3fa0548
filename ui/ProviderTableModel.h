#pragma once

#include "AuthenticationProvider.h"
#include "EntityTableModel.h"

#include <optional>

namespace foundry::ui {

// The Authentication providers page's table: name, protocol, enabled, realm, supported hosts
// and username patterns.
class ProviderTableModel final : public EntityTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        Name,
        Protocol,
        Enabled,
        Realm,
        Hosts,
        UsernamePatterns,
        ColumnCount
    };

    explicit ProviderTableModel(Directory *directory, QObject *parent = nullptr);

    std::optional<AuthenticationProvider> providerAt(int row) const;

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

protected:
    EntityKind rowKind() const override { return EntityKind::AuthenticationProvider; }
    QStringList currentIds() const override;
    bool fetch(const QString &id) override;
    void forget(const QString &id) override { m_providers.remove(id); }
    QVariant cell(const QString &id, int column, int role) const override;

private:
    QHash<QString, AuthenticationProvider> m_providers;
};

} // namespace foundry::ui
