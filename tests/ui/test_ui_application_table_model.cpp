// The applications table model and its undo commands: a thin, tested adapter over the
// Directory's OAuth clients (QAbstractItemModelTester, QSignalSpy on Directory → model).
#include "ApplicationCommands.h"
#include "ApplicationFilterProxy.h"
#include "ApplicationTableModel.h"
#include "ConsoleTestHarness.h"
#include "DirectoryEditor.h"
#include "SeedDocument.h"

#include <QAbstractItemModelTester>
#include <QUndoStack>

using namespace foundry;
using namespace foundry::ui;
using namespace foundry::test;

class TestApplicationTableModel : public QObject
{
    Q_OBJECT

    std::unique_ptr<ConsoleTestHarness> m_h;
    std::unique_ptr<ApplicationTableModel> m_model;
    DirectoryEditor *editor() const { return m_h->session->editor(); }
    QUndoStack *stack() const { return m_h->session->document()->undoStack(); }
    OAuthClient client(const QString &id) const { return *m_h->directory->oauthClient(id); }
    QString cell(const QString &id, int column) const
    {
        return m_model->index(m_model->rowOf(id), column).data().toString();
    }

private Q_SLOTS:
    void init()
    {
        m_h = std::make_unique<ConsoleTestHarness>(kConsoleTestSeed, false);
        m_model = std::make_unique<ApplicationTableModel>(m_h->directory.get());
        new QAbstractItemModelTester(m_model.get(),
                                     QAbstractItemModelTester::FailureReportingMode::QtTest,
                                     m_model.get());
    }
    void cleanup()
    {
        m_model.reset();
        m_h.reset();
    }

    void rows_showEveryClient_withReadableColumns()
    {
        QCOMPARE(m_model->rowCount(), 2);
        QCOMPARE(cell(QStringLiteral("etl"), ApplicationTableModel::Name),
                 QStringLiteral("ETL Pipeline"));
        QCOMPARE(cell(QStringLiteral("etl"), ApplicationTableModel::Type),
                 QStringLiteral("Confidential"));
        QCOMPARE(cell(QStringLiteral("etl"), ApplicationTableModel::Grants),
                 QStringLiteral("client credentials"));
        QCOMPARE(cell(QStringLiteral("etl"), ApplicationTableModel::ScopeRestrictions),
                 QStringLiteral("(unrestricted)"));
        QCOMPARE(m_model->index(0, ApplicationTableModel::Enabled).data(Qt::CheckStateRole),
                 QVariant(Qt::Checked));
    }

    void directoryChanges_becomeRowNotifications()
    {
        QSignalSpy inserted(m_model.get(), &QAbstractItemModel::rowsInserted);
        QSignalSpy changed(m_model.get(), &QAbstractItemModel::dataChanged);
        QSignalSpy removed(m_model.get(), &QAbstractItemModel::rowsRemoved);
        OAuthClient added;
        added.clientId = QStringLiteral("portal");
        added.scopeRestrictions = QStringList();
        QVERIFY(m_h->directory->addOAuthClient(added));
        m_h->directory->flushChanges();
        QCOMPARE(inserted.count(), 1);
        QCOMPARE(m_model->rowCount(), 3);
        QCOMPARE(cell(QStringLiteral("portal"), ApplicationTableModel::Type),
                 QStringLiteral("Public"));
        QCOMPARE(cell(QStringLiteral("portal"), ApplicationTableModel::ScopeRestrictions),
                 QStringLiteral("(empty: tokens carry no scope)"));

        OAuthClient edited = client(QStringLiteral("etl"));
        edited.osdk = true;
        QVERIFY(m_h->directory->updateOAuthClient(edited.clientId, edited));
        m_h->directory->flushChanges();
        QCOMPARE(changed.count(), 1);
        QCOMPARE(cell(QStringLiteral("etl"), ApplicationTableModel::Type),
                 QStringLiteral("Confidential, OSDK"));

        // a renamed client id is a removal and an insertion
        edited.clientId = QStringLiteral("etl2");
        QVERIFY(m_h->directory->updateOAuthClient(QStringLiteral("etl"), edited));
        QVERIFY(m_h->directory->removeOAuthClient(QStringLiteral("reporting")));
        m_h->directory->flushChanges();
        QCOMPARE(removed.count(), 2);
        QCOMPARE(m_model->rowOf(QStringLiteral("etl")), -1);
        QVERIFY(m_model->rowOf(QStringLiteral("etl2")) >= 0);
        QCOMPARE(m_model->rowCount(), 2);
    }

    void checkbox_requestsAToggle_withoutChangingTheDirectory()
    {
        QSignalSpy requested(m_model.get(), &ApplicationTableModel::enabledToggleRequested);
        const QModelIndex index =
            m_model->index(m_model->rowOf(QStringLiteral("reporting")), 0);
        QVERIFY(m_model->setData(index, Qt::Unchecked, Qt::CheckStateRole));
        QCOMPARE(requested.count(), 1);
        QCOMPARE(requested.first().at(0).toString(), QStringLiteral("reporting"));
        QCOMPARE(requested.first().at(1).toBool(), false);
        QVERIFY(client(QStringLiteral("reporting")).enabled);
    }

    void remoteChange_isHighlighted_thenFades()
    {
        const QModelIndex index = m_model->index(m_model->rowOf(QStringLiteral("etl")), 1);
        QVERIFY(!index.data(Qt::BackgroundRole).isValid());
        m_model->highlight({{EntityKind::OAuthClient, ChangeType::Updated, QStringLiteral("etl")}});
        QVERIFY(index.data(Qt::BackgroundRole).isValid());
        QTRY_VERIFY_WITH_TIMEOUT(!index.data(Qt::BackgroundRole).isValid(), 5000);
    }

    void proxy_filtersByText_andState()
    {
        ApplicationFilterProxy proxy;
        proxy.setSourceModel(m_model.get());
        QAbstractItemModelTester tester(&proxy,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        proxy.setSearchText(QStringLiteral("REPO"));
        QCOMPARE(proxy.rowCount(), 1);
        proxy.setSearchText({});
        OAuthClient disabled = client(QStringLiteral("etl"));
        disabled.enabled = false;
        m_h->directory->updateOAuthClient(disabled.clientId, disabled);
        m_h->directory->flushChanges();
        proxy.setState(ApplicationFilterProxy::State::Disabled);
        QCOMPARE(proxy.rowCount(), 1);
        QCOMPARE(proxy.index(0, 0).data(ApplicationTableModel::ClientIdRole).toString(),
                 QStringLiteral("etl"));
        proxy.setState(ApplicationFilterProxy::State::Enabled);
        QCOMPARE(proxy.rowCount(), 1);
    }

    void commands_undoExactly_andTogglesMerge()
    {
        const OAuthClient etl = client(QStringLiteral("etl"));
        stack()->push(new SetApplicationsEnabledCommand(editor(), {etl}, false));
        QCOMPARE(stack()->undoText(), QStringLiteral("Disable ETL Pipeline"));
        QVERIFY(!client(QStringLiteral("etl")).enabled);
        stack()->push(new SetApplicationsEnabledCommand(editor(), {client(QStringLiteral("etl"))},
                                                        true));
        QCOMPARE(stack()->count(), 0); // off and on again is no step at all

        OAuthClient after = etl;
        after.clientSecret = QStringLiteral("new-secret");
        stack()->push(new UpdateApplicationCommand(editor(), etl, after,
                                                   QStringLiteral("Regenerate secret of ETL")));
        QCOMPARE(client(QStringLiteral("etl")).clientSecret, QStringLiteral("new-secret"));
        stack()->undo();
        QCOMPARE(client(QStringLiteral("etl")), etl);

        const QList<OAuthClient> both = m_h->directory->oauthClients();
        stack()->push(new RemoveApplicationsCommand(editor(), both));
        QCOMPARE(m_h->directory->oauthClientCount(), 0);
        QCOMPARE(stack()->undoText(), QStringLiteral("Delete 2 applications"));
        stack()->undo();
        QCOMPARE(m_h->directory->oauthClientCount(), 2);
        QCOMPARE(client(QStringLiteral("reporting")), both.at(1));

        OAuthClient added;
        added.clientId = QStringLiteral("new");
        stack()->push(new AddApplicationCommand(editor(), added));
        QVERIFY(m_h->directory->oauthClient(QStringLiteral("new")));
        stack()->undo();
        QVERIFY(!m_h->directory->oauthClient(QStringLiteral("new")));
    }
};

QTEST_MAIN(TestApplicationTableModel)
#include "test_ui_application_table_model.moc"
