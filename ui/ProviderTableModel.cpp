#include "ProviderTableModel.h"

#include "Directory.h"

namespace foundry::ui {

ProviderTableModel::ProviderTableModel(Directory *directory, QObject *parent)
    : EntityTableModel(directory, parent)
{
    initialize();
}

std::optional<AuthenticationProvider> ProviderTableModel::providerAt(int row) const
{
    const auto it = m_providers.constFind(idAt(row));
    if (it == m_providers.constEnd())
        return std::nullopt;
    return *it;
}

int ProviderTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ProviderTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Name:
        return tr("Name");
    case Protocol:
        return tr("Protocol");
    case Enabled:
        return tr("Enabled");
    case Realm:
        return tr("Realm");
    case Hosts:
        return tr("Supported hosts");
    case UsernamePatterns:
        return tr("Username patterns");
    default:
        return {};
    }
}

QStringList ProviderTableModel::currentIds() const
{
    QStringList ids;
    const QList<AuthenticationProvider> providers = directory()->authenticationProviders();
    for (const AuthenticationProvider &provider : providers)
        ids.append(provider.rid);
    return ids;
}

bool ProviderTableModel::fetch(const QString &id)
{
    const std::optional<AuthenticationProvider> provider = directory()->authenticationProvider(id);
    if (!provider) {
        m_providers.remove(id);
        return false;
    }
    m_providers.insert(id, *provider);
    return true;
}

QVariant ProviderTableModel::cell(const QString &id, int column, int role) const
{
    const auto it = m_providers.constFind(id);
    if (it == m_providers.constEnd())
        return {};
    const AuthenticationProvider &provider = *it;
    if (column == Enabled) {
        if (role == Qt::CheckStateRole)
            return provider.enabled ? Qt::Checked : Qt::Unchecked;
        if (role == SortRole)
            return provider.enabled ? 1 : 0;
        if (role == Qt::ToolTipRole)
            return provider.enabled ? tr("Enabled: users may sign in through it") : tr("Disabled");
        return {};
    }
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    switch (column) {
    case Name:
        return provider.name;
    case Protocol:
        return provider.protocol == ProviderProtocol::Saml ? tr("SAML") : tr("OIDC");
    case Realm:
        return provider.realm;
    case Hosts:
        return provider.supportedHosts.join(QStringLiteral(", "));
    case UsernamePatterns:
        return provider.supportedUsernamePatterns.isEmpty()
                   ? tr("any username")
                   : provider.supportedUsernamePatterns.join(QStringLiteral("  "));
    default:
        return {};
    }
}

} // namespace foundry::ui
