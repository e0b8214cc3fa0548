#include "TokensDock.h"

#include "Directory.h"
#include "EmulatorServer.h"
#include "IssueTokenDialog.h"
#include "TokenTableModel.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QFontMetrics>
#include <QHeaderView>
#include <QLineEdit>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QToolBar>
#include <QVBoxLayout>

namespace foundry::ui {
namespace {

// Filters on the text columns, and optionally hides tokens that no longer work.
class TokenFilterProxy final : public QSortFilterProxyModel
{
public:
    using QSortFilterProxyModel::QSortFilterProxyModel;

    void setActiveOnly(bool activeOnly)
    {
        m_activeOnly = activeOnly;
        invalidateFilter();
    }

protected:
    bool filterAcceptsRow(int row, const QModelIndex &parent) const override
    {
        const QModelIndex first = sourceModel()->index(row, 0, parent);
        if (m_activeOnly &&
            first.data(TokenTableModel::StateRole).toInt() != int(auth::TokenState::Active))
            return false;
        const QRegularExpression pattern = filterRegularExpression();
        if (pattern.pattern().isEmpty())
            return true;
        for (int column : {TokenTableModel::TokenColumn, TokenTableModel::PrincipalColumn,
                           TokenTableModel::ClientColumn, TokenTableModel::ScopesColumn}) {
            if (sourceModel()->index(row, column, parent).data().toString().contains(pattern))
                return true;
        }
        return false;
    }

private:
    bool m_activeOnly = false;
};

QString shellQuoted(const QString &text)
{
    QString quoted = text;
    quoted.replace(u'\'', QLatin1String("'\\''"));
    return u'\'' + quoted + u'\'';
}

} // namespace

TokensDock::TokensDock(auth::TokenStore *store, Directory *directory, EmulatorServer *server,
                       QWidget *parent)
    : QDockWidget(tr("Tokens"), parent), m_directory(directory), m_server(server), m_store(store),
      m_model(new TokenTableModel(store, directory, this)), m_proxy(new TokenFilterProxy(this))
{
    setObjectName(QStringLiteral("tokensDock"));
    auto *body = new QWidget(this);
    auto *toolbar = new QToolBar(body);
    toolbar->setObjectName(QStringLiteral("tokensToolbar"));
    toolbar->setToolButtonStyle(Qt::ToolButtonTextOnly);

    m_issue = toolbar->addAction(tr("Issue token…"));
    m_issue->setObjectName(QStringLiteral("actionIssueToken"));
    m_issue->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_I));
    m_revoke = toolbar->addAction(tr("Revoke"));
    m_revoke->setObjectName(QStringLiteral("actionRevokeToken"));
    // No Del shortcut: the window's Delete (users) would make it ambiguous and neither fire.
    m_copyToken = toolbar->addAction(tr("Copy token"));
    m_copyToken->setObjectName(QStringLiteral("actionCopyToken"));
    m_copyToken->setShortcut(QKeySequence::Copy);
    m_copyToken->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_copyCurl = toolbar->addAction(tr("Copy curl"));
    m_copyCurl->setObjectName(QStringLiteral("actionCopyTokenCurl"));
    m_copyCurl->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C));
    m_copyCurl->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    addAction(m_revoke);
    addAction(m_copyToken);
    addAction(m_copyCurl);

    m_filter = new QLineEdit(body);
    m_filter->setObjectName(QStringLiteral("tokensFilter"));
    m_filter->setPlaceholderText(tr("Filter tokens"));
    m_filter->setClearButtonEnabled(true);
    m_activeOnly = new QCheckBox(tr("Active only"), body);
    m_activeOnly->setObjectName(QStringLiteral("tokensActiveOnly"));
    toolbar->addSeparator();
    toolbar->addWidget(m_filter);
    toolbar->addWidget(m_activeOnly);

    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(Qt::EditRole);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_view = new QTableView(body);
    m_view->setObjectName(QStringLiteral("tokensView"));
    m_view->setModel(m_proxy);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(TokenTableModel::IssuedColumn, Qt::DescendingOrder);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setAlternatingRowColors(true);
    m_view->verticalHeader()->hide();
    m_view->setWordWrap(false);
    // Fixed widths from sample text: ResizeToContents would measure every row on every change.
    const QFontMetrics metrics = m_view->fontMetrics();
    const QList<QPair<int, QString>> widths = {
        {TokenTableModel::KindColumn, QStringLiteral("refresh__")},
        {TokenTableModel::TokenColumn, QStringLiteral("foundry_refresh_…WWWW__")},
        {TokenTableModel::PrincipalColumn, QStringLiteral("svc-route-optimizer__")},
        {TokenTableModel::ClientColumn, QStringLiteral("route-optimizer__")},
        {TokenTableModel::IssuedColumn, QStringLiteral("2026-12-31 23:59:59__")},
        {TokenTableModel::ExpiresColumn, QStringLiteral("2026-12-31 23:59:59__")},
        {TokenTableModel::StateColumn, QStringLiteral("rotated___")}};
    for (const auto &[column, sample] : widths)
        m_view->setColumnWidth(column, metrics.horizontalAdvance(sample));
    m_view->horizontalHeader()->setSectionResizeMode(TokenTableModel::ScopesColumn,
                                                     QHeaderView::Stretch);
    m_view->setContextMenuPolicy(Qt::ActionsContextMenu);
    m_view->addActions({m_revoke, m_copyToken, m_copyCurl});

    auto *layout = new QVBoxLayout(body);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(toolbar);
    layout->addWidget(m_view);
    setWidget(body);

    connect(m_filter, &QLineEdit::textChanged, m_proxy,
            &QSortFilterProxyModel::setFilterFixedString);
    connect(m_activeOnly, &QCheckBox::toggled, this,
            [this](bool on) { static_cast<TokenFilterProxy *>(m_proxy)->setActiveOnly(on); });
    connect(m_issue, &QAction::triggered, this, [this] { issueToken(); });
    connect(m_revoke, &QAction::triggered, this, &TokensDock::revokeSelected);
    connect(m_copyToken, &QAction::triggered, this, &TokensDock::copyToken);
    connect(m_copyCurl, &QAction::triggered, this, &TokensDock::copyCurl);
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &TokensDock::updateActions);
    connect(m_model, &QAbstractItemModel::dataChanged, this, &TokensDock::updateActions);
    updateActions();
}

QList<quint64> TokensDock::selectedSerials() const
{
    QList<quint64> serials;
    for (const QModelIndex &index : m_view->selectionModel()->selectedRows())
        serials.append(index.data(TokenTableModel::SerialRole).value<quint64>());
    return serials;
}

void TokensDock::updateActions()
{
    const QList<quint64> serials = selectedSerials();
    bool anyActive = false;
    for (quint64 serial : serials) {
        const int row = m_model->rowOfSerial(serial);
        anyActive =
            anyActive || (row >= 0 && m_model->summary(row).state == auth::TokenState::Active);
    }
    m_revoke->setEnabled(anyActive);
    m_copyToken->setEnabled(serials.size() == 1);
    m_copyCurl->setEnabled(serials.size() == 1);
}

void TokensDock::revokeSelected()
{
    for (quint64 serial : selectedSerials())
        m_model->revoke(serial);
    updateActions();
}

void TokensDock::copyToken()
{
    const QList<quint64> serials = selectedSerials();
    if (serials.size() != 1)
        return;
    if (const std::optional<QString> token = m_model->revealToken(serials.first()))
        QApplication::clipboard()->setText(*token);
}

void TokensDock::copyCurl()
{
    const QList<quint64> serials = selectedSerials();
    if (serials.size() == 1)
        QApplication::clipboard()->setText(curlFor(serials.first()));
}

QString TokensDock::curlFor(quint64 serial) const
{
    const int row = m_model->rowOfSerial(serial);
    const std::optional<QString> token = m_model->revealToken(serial);
    if (row < 0 || !token)
        return {};
    const QString base = m_server->isListening()
                             ? m_server->url().toString(QUrl::StripTrailingSlash)
                             : QStringLiteral("http://127.0.0.1:4000");
    const auth::TokenSummary &summary = m_model->summary(row);
    if (summary.kind == auth::TokenKind::Refresh) {
        return QStringLiteral("curl -s -d grant_type=refresh_token -d client_id=%1 -d "
                              "refresh_token=%2 %3/multipass/api/oauth2/token")
            .arg(shellQuoted(summary.clientId), shellQuoted(*token), base);
    }
    return QStringLiteral("curl -s -H %1 %2/multipass/api/me")
        .arg(shellQuoted(QStringLiteral("Authorization: Bearer ") + *token), base);
}

QString TokensDock::issueToken(const QString &userId, const QString &clientId,
                               bool clientCredentials)
{
    IssueTokenDialog dialog(m_directory, m_store, this);
    if (!userId.isEmpty())
        dialog.presetUser(userId);
    if (!clientId.isEmpty())
        dialog.presetClient(clientId, clientCredentials);
    if (dialog.run() != QDialog::Accepted || !dialog.issued())
        return {};
    const QString token = dialog.issued()->accessToken;
    m_model->refresh();
    const int row = m_model->rowCount() - 1;
    if (row >= 0) {
        const QModelIndex index = m_proxy->mapFromSource(m_model->index(row, 0));
        m_view->selectRow(index.row());
        QApplication::clipboard()->setText(token + u'\n' + curlFor(m_model->summary(row).serial));
    }
    return token;
}

} // namespace foundry::ui
