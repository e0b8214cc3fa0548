#include "ScopeCatalog.h"

#include <QSet>
#include <QTest>

using namespace foundry::auth;

class TestScopeCatalog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void catalogue_listsEveryKnownScopeOnceWithADescription()
    {
        const QStringList expected{QStringLiteral("api:admin-read"),
                                   QStringLiteral("api:admin-write"),
                                   QStringLiteral("api:use-admin-read"),
                                   QStringLiteral("api:use-admin-write"),
                                   QStringLiteral("api:ontologies-read"),
                                   QStringLiteral("api:ontologies-write"),
                                   QStringLiteral("api:datasets-read"),
                                   QStringLiteral("api:datasets-write"),
                                   QStringLiteral("api:connectivity-connection-read"),
                                   QStringLiteral("api:connectivity-connection-write"),
                                   QStringLiteral("api:read-data"),
                                   QStringLiteral("api:write-data"),
                                   QStringLiteral("api:use-ontologies-read"),
                                   QStringLiteral("api:use-ontologies-write"),
                                   QStringLiteral("offline_access"),
                                   QStringLiteral("multipass:preregister-user"),
                                   QStringLiteral("multipass:preregister-group"),
                                   QStringLiteral("multipass:create-group"),
                                   QStringLiteral("multipass:manage-group-membership"),
                                   QStringLiteral("multipass:delete-user"),
                                   QStringLiteral("multipass:revoke-tokens")};
        QSet<QString> names;
        for (const auto &entry : ScopeCatalog::entries()) {
            QVERIFY2(!entry.description.isEmpty(), qPrintable(entry.name));
            QVERIFY2(!names.contains(entry.name), qPrintable(entry.name));
            names.insert(entry.name);
        }
        for (const QString &name : expected)
            QVERIFY2(names.contains(name), qPrintable(name));
        QCOMPARE(names.size(), expected.size());
    }

    void find_knowsKinds()
    {
        QCOMPARE(ScopeCatalog::find(QStringLiteral("api:admin-read"))->kind,
                 ScopeCatalog::Kind::Api);
        QCOMPARE(ScopeCatalog::find(QStringLiteral("multipass:delete-user"))->kind,
                 ScopeCatalog::Kind::Operation);
        QCOMPARE(ScopeCatalog::find(QStringLiteral("offline_access"))->kind,
                 ScopeCatalog::Kind::Standard);
        QVERIFY(!ScopeCatalog::isKnown(QStringLiteral("api:made-up")));
    }

    void useAlias_data()
    {
        QTest::addColumn<QString>("broad");
        QTest::addColumn<QString>("alias");
        QTest::newRow("admin-read")
            << QStringLiteral("api:admin-read") << QStringLiteral("api:use-admin-read");
        QTest::newRow("ontologies-write")
            << QStringLiteral("api:ontologies-write") << QStringLiteral("api:use-ontologies-write");
        QTest::newRow("already an alias") << QStringLiteral("api:use-admin-read") << QString();
        QTest::newRow("not api") << QStringLiteral("offline_access") << QString();
    }

    void useAlias()
    {
        QFETCH(QString, broad);
        QFETCH(QString, alias);
        QCOMPARE(ScopeCatalog::useAlias(broad), alias);
    }

    void satisfies_data()
    {
        QTest::addColumn<QStringList>("granted");
        QTest::addColumn<QString>("broad");
        QTest::addColumn<QString>("operation");
        QTest::addColumn<bool>("ok");
        const QString write = QStringLiteral("api:admin-write");
        const QString preregister = QStringLiteral("multipass:preregister-user");
        QTest::newRow("broad scope") << QStringList{write} << write << preregister << true;
        QTest::newRow("use alias")
            << QStringList{QStringLiteral("api:use-admin-write")} << write << preregister << true;
        QTest::newRow("operation scope")
            << QStringList{preregister} << write << preregister << true;
        QTest::newRow("another operation scope")
            << QStringList{QStringLiteral("multipass:delete-user")} << write << preregister
            << false;
        QTest::newRow("read does not imply write")
            << QStringList{QStringLiteral("api:admin-read")} << write << preregister << false;
        QTest::newRow("write does not imply read")
            << QStringList{write} << QStringLiteral("api:admin-read") << QString() << false;
        QTest::newRow("no scopes") << QStringList{} << write << preregister << false;
        QTest::newRow("nothing needed") << QStringList{} << QString() << QString() << true;
        QTest::newRow("operation scope without operation endpoint")
            << QStringList{preregister} << write << QString() << false;
        QTest::newRow("unknown scopes unlock nothing")
            << QStringList{QStringLiteral("api:whatever"), QStringLiteral("admin")} << write
            << preregister << false;
    }

    void satisfies()
    {
        QFETCH(QStringList, granted);
        QFETCH(QString, broad);
        QFETCH(QString, operation);
        QFETCH(bool, ok);
        QCOMPARE(ScopeCatalog::satisfies(granted, broad, operation), ok);
    }
};

QTEST_APPLESS_MAIN(TestScopeCatalog)
#include "test_scope_catalog.moc"
