// TokenTableModel over a real TokenStore: rows follow issue, revoke, expiry and purge through
// polling; the model passes QAbstractItemModelTester and never holds a full token string.
#include "Directory.h"
#include "TokenStore.h"
#include "TokenTableModel.h"

#include <QAbstractItemModelTester>
#include <QTest>

using namespace foundry;
using namespace foundry::ui;

class TestTokenTableModel : public QObject
{
    Q_OBJECT

    std::shared_ptr<auth::ManualClock> m_clock;
    std::unique_ptr<auth::TokenStore> m_store;
    std::unique_ptr<Directory> m_directory;
    QString m_aliceId;

private Q_SLOTS:
    void init()
    {
        m_clock = std::make_shared<auth::ManualClock>();
        m_store = std::make_unique<auth::TokenStore>(m_clock);
        m_directory = std::make_unique<Directory>();
        User alice;
        alice.username = QStringLiteral("alice");
        User stored;
        QVERIFY(m_directory->addUser(alice, nullptr, &stored));
        m_aliceId = stored.id;
    }

    void issuedTokens_appearWithoutBeingAsked()
    {
        TokenTableModel model(m_store.get(), m_directory.get());
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.rowCount(), 0);
        m_store->issue({m_aliceId, QStringLiteral("portal"), {QStringLiteral("api:admin-read")}},
                       3600, true);
        QTRY_COMPARE(model.rowCount(), 2); // access and refresh, by the poll
        QCOMPARE(model.index(0, TokenTableModel::PrincipalColumn).data().toString(),
                 QStringLiteral("alice"));
        QCOMPARE(model.index(0, TokenTableModel::ClientColumn).data().toString(),
                 QStringLiteral("portal"));
        QCOMPARE(model.index(0, TokenTableModel::KindColumn).data().toString(),
                 QStringLiteral("access"));
        QCOMPARE(model.index(1, TokenTableModel::KindColumn).data().toString(),
                 QStringLiteral("refresh"));
        QCOMPARE(model.index(0, TokenTableModel::ScopesColumn).data().toString(),
                 QStringLiteral("api:admin-read"));
        QCOMPARE(model.index(0, TokenTableModel::StateColumn).data().toString(),
                 QStringLiteral("active"));
    }

    void neverHoldsAFullToken()
    {
        const auth::IssuedTokens issued =
            m_store->issue({m_aliceId, QStringLiteral("portal"), {}}, 3600, true);
        TokenTableModel model(m_store.get(), m_directory.get());
        QCOMPARE(model.rowCount(), 2);
        for (int row = 0; row < model.rowCount(); ++row) {
            for (int column = 0; column < model.columnCount(); ++column) {
                for (int role : {int(Qt::DisplayRole), int(Qt::EditRole), int(Qt::ToolTipRole)}) {
                    const QString text = model.index(row, column).data(role).toString();
                    QVERIFY(!text.contains(issued.accessToken));
                    QVERIFY(!text.contains(issued.refreshToken));
                }
            }
        }
        // Only on explicit request.
        QCOMPARE(model.revealToken(model.summary(0).serial), issued.accessToken);
    }

    void revokeAndExpiry_changeTheState()
    {
        m_store->issue({m_aliceId, QStringLiteral("a"), {}}, 60);
        m_store->issue({m_aliceId, QStringLiteral("b"), {}}, 3600);
        TokenTableModel model(m_store.get(), m_directory.get());
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QVERIFY(model.revoke(model.summary(1).serial));
        QCOMPARE(model.index(1, TokenTableModel::StateColumn).data().toString(),
                 QStringLiteral("revoked"));
        m_clock->advanceSeconds(61);
        QTRY_COMPARE(model.index(0, TokenTableModel::StateColumn).data().toString(),
                     QStringLiteral("expired")); // the slow tick, without any store change
    }

    void purgedTokens_leaveAndNewOnesArrive()
    {
        m_store->setRetentionMsecs(0);
        for (const char *client : {"a", "b", "c"})
            m_store->issue({m_aliceId, QString::fromLatin1(client), {}}, 3600);
        TokenTableModel model(m_store.get(), m_directory.get());
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QVERIFY(model.revoke(model.summary(1).serial));
        m_store->purge();
        m_store->issue({m_aliceId, QStringLiteral("d"), {}}, 3600);
        model.refresh();
        QCOMPARE(model.rowCount(), 3);
        QStringList clients;
        for (int row = 0; row < model.rowCount(); ++row)
            clients.append(model.index(row, TokenTableModel::ClientColumn).data().toString());
        QCOMPARE(clients,
                 (QStringList{QStringLiteral("a"), QStringLiteral("c"), QStringLiteral("d")}));
        QCOMPARE(model.rowOfSerial(model.summary(2).serial), 2);
    }

    void deletedUser_shownById()
    {
        m_store->issue({m_aliceId, QStringLiteral("a"), {}}, 3600);
        TokenTableModel model(m_store.get(), m_directory.get());
        QVERIFY(m_directory->removeUser(m_aliceId));
        QCOMPARE(model.index(0, TokenTableModel::PrincipalColumn).data().toString(), m_aliceId);
    }
};

QTEST_GUILESS_MAIN(TestTokenTableModel)
#include "test_ui_token_table_model.moc"
