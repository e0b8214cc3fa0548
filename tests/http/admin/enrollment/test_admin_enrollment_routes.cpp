// Enrollments, hosts and authentication providers over real HTTP: exact shapes, paging, the
// 404s with their parameters, percent-decoded path ids, preview gating on every preview endpoint
// and the read scopes.
#include "AdminEnrollmentTestSupport.h"

using namespace foundry;
using namespace foundry::test;

class TestAdminEnrollmentRoutes : public QObject
{
    Q_OBJECT

    std::unique_ptr<OAuthTestServer> m_server;

    Reply get(const QString &path, const QByteArray &token = "admin-read")
    {
        return callApi(*m_server, "GET", path, token);
    }

private Q_SLOTS:
    void init() { m_server = std::make_unique<OAuthTestServer>(kEnrollmentSeed); }
    void cleanup() { m_server.reset(); }

    void previewEndpoints_withoutPreview_are400_data()
    {
        QTest::addColumn<QByteArray>("method");
        QTest::addColumn<QString>("path");
        QTest::addColumn<QByteArray>("token");
        QTest::newRow("getCurrent")
            << QByteArray("GET") << QStringLiteral("/api/v2/admin/enrollments/getCurrent")
            << QByteArray("admin-read");
        QTest::newRow("get") << QByteArray("GET") << enrollmentPath() << QByteArray("admin-read");
        QTest::newRow("hosts") << QByteArray("GET") << enrollmentPath(QStringLiteral("/hosts"))
                               << QByteArray("admin-read");
        QTest::newRow("providers")
            << QByteArray("GET") << enrollmentPath(QStringLiteral("/authenticationProviders"))
            << QByteArray("admin-read");
        QTest::newRow("provider") << QByteArray("GET") << providerPath(kSamlRid)
                                  << QByteArray("admin-read");
        QTest::newRow("preregisterUser")
            << QByteArray("POST") << providerPath(kSamlRid, QStringLiteral("/preregisterUser"))
            << QByteArray("admin-write");
        QTest::newRow("preregisterGroup")
            << QByteArray("POST") << providerPath(kSamlRid, QStringLiteral("/preregisterGroup"))
            << QByteArray("admin-write");
        QTest::newRow("enrollment roleAssignments")
            << QByteArray("GET") << enrollmentPath(QStringLiteral("/roleAssignments"))
            << QByteArray("admin-read");
        QTest::newRow("enrollment roleAssignments add")
            << QByteArray("POST") << enrollmentPath(QStringLiteral("/roleAssignments/add"))
            << QByteArray("admin-write");
        QTest::newRow("enrollment roleAssignments remove")
            << QByteArray("POST") << enrollmentPath(QStringLiteral("/roleAssignments/remove"))
            << QByteArray("admin-write");
        QTest::newRow("organization create")
            << QByteArray("POST") << QStringLiteral("/api/v2/admin/organizations")
            << QByteArray("admin-write");
        QTest::newRow("preview=false")
            << QByteArray("GET") << enrollmentPath(QStringLiteral("?preview=false"))
            << QByteArray("admin-read");
        QTest::newRow("roles get")
            << QByteArray("GET") << QStringLiteral("/api/v2/admin/roles/member")
            << QByteArray("admin-read");
        QTest::newRow("roles getBatch")
            << QByteArray("POST") << QStringLiteral("/api/v2/admin/roles/getBatch")
            << QByteArray("admin-read");
    }
    void previewEndpoints_withoutPreview_are400()
    {
        QFETCH(QByteArray, method);
        QFETCH(QString, path);
        QFETCH(QByteArray, token);
        verifyError(callApi(*m_server, method, path, token, "{}"), 400,
                    QStringLiteral("ApiFeaturePreviewUsageOnly"));
    }

    void readEndpoints_needAReadScope_data()
    {
        QTest::addColumn<QByteArray>("token");
        QTest::addColumn<int>("status");
        QTest::newRow("api:admin-read") << QByteArray("admin-read") << 200;
        QTest::newRow("api:use-admin-read alias") << QByteArray("admin-use-read") << 200;
        QTest::newRow("no scope") << QByteArray("admin-none") << 403;
        QTest::newRow("write only") << QByteArray("admin-write") << 403;
        QTest::newRow("operation scope") << QByteArray("admin-prereg-user") << 403;
        QTest::newRow("any principal reads") << QByteArray("pat-read") << 200;
        QTest::newRow("deactivated user") << QByteArray("bob-write") << 401;
    }
    void readEndpoints_needAReadScope()
    {
        QFETCH(QByteArray, token);
        QFETCH(int, status);
        const QStringList paths{QStringLiteral("/api/v2/admin/enrollments/getCurrent?preview=true"),
                                enrollmentPath(QStringLiteral("/hosts?preview=true")),
                                providerPath(kSamlRid, QStringLiteral("?preview=true"))};
        for (const QString &path : paths) {
            const Reply reply = get(path, token);
            if (status == 403)
                verifyError(reply, 403, QStringLiteral("ApiUsageDenied"),
                            {{QStringLiteral("missingScope"), QStringLiteral("api:admin-read")}});
            else
                QCOMPARE(reply.status, status);
        }
    }

    void getCurrentAndGet_answerTheEnrollment()
    {
        for (const QString &path :
             {QStringLiteral("/api/v2/admin/enrollments/getCurrent?preview=true"),
              enrollmentPath(QStringLiteral("?preview=true"))}) {
            const Reply reply = get(path);
            QCOMPARE(reply.status, 200);
            const QJsonObject json = reply.json();
            QCOMPARE(sortedKeys(json),
                     (QStringList{QStringLiteral("createdTime"), QStringLiteral("name"),
                                  QStringLiteral("rid")}));
            QCOMPARE(json.value(QStringLiteral("rid")).toString(), kEnrollmentRid);
            QCOMPARE(json.value(QStringLiteral("name")).toString(),
                     QStringLiteral("Example Enrollment"));
            QVERIFY(QDateTime::fromString(json.value(QStringLiteral("createdTime")).toString(),
                                          Qt::ISODateWithMs)
                        .isValid());
        }
    }

    void unknownEnrollment_is404EverywhereUnderIt_data()
    {
        QTest::addColumn<QString>("rest");
        QTest::newRow("get") << QString();
        QTest::newRow("hosts") << QStringLiteral("/hosts");
        QTest::newRow("providers") << QStringLiteral("/authenticationProviders");
        QTest::newRow("provider") << QStringLiteral("/authenticationProviders/") + kSamlRid;
        QTest::newRow("roleAssignments") << QStringLiteral("/roleAssignments");
    }
    void unknownEnrollment_is404EverywhereUnderIt()
    {
        QFETCH(QString, rest);
        const QString other = QStringLiteral("ri.enrollment..enrollment.default");
        verifyError(get(QStringLiteral("/api/v2/admin/enrollments/") + other + rest +
                        QStringLiteral("?preview=true")),
                    404, QStringLiteral("EnrollmentNotFound"),
                    {{QStringLiteral("enrollmentRid"), other}});
    }

    void pathIds_arePercentDecoded()
    {
        QString encoded = providerPath(kSamlRid, QStringLiteral("?preview=true"));
        encoded.replace(QStringLiteral(".saml."), QStringLiteral("%2Esaml%2E"));
        const Reply reply = get(encoded);
        QCOMPARE(reply.status, 200);
        QCOMPARE(reply.json().value(QStringLiteral("rid")).toString(), kSamlRid);
    }

    void hosts_pageThroughEveryHostOnce()
    {
        const Reply all = get(enrollmentPath(QStringLiteral("/hosts?preview=true")));
        QCOMPARE(all.status, 200);
        QCOMPARE(all.json().keys(), QStringList{QStringLiteral("data")});
        QStringList hosts;
        QString token;
        do {
            QString path = enrollmentPath(QStringLiteral("/hosts?preview=true&pageSize=2"));
            if (!token.isEmpty())
                path += QStringLiteral("&pageToken=") + token;
            const QJsonObject page = get(path).json();
            for (const QJsonValue &host : page.value(QStringLiteral("data")).toArray()) {
                QCOMPARE(host.toObject().keys(), QStringList{QStringLiteral("hostName")});
                hosts.append(host.toObject().value(QStringLiteral("hostName")).toString());
            }
            token = page.value(QStringLiteral("nextPageToken")).toString();
        } while (!token.isEmpty() && hosts.size() < 10);
        QCOMPARE(hosts,
                 (QStringList{QStringLiteral("example.palantirfoundry.com"),
                              QStringLiteral("a.example.com"), QStringLiteral("b.example.com")}));
    }

    void hosts_badPaging_is400_data()
    {
        QTest::addColumn<QString>("query");
        QTest::addColumn<QString>("errorName");
        QTest::newRow("zero") << QStringLiteral("&pageSize=0") << QStringLiteral("InvalidPageSize");
        QTest::newRow("not a number")
            << QStringLiteral("&pageSize=ten") << QStringLiteral("InvalidPageSize");
        QTest::newRow("foreign token")
            << QStringLiteral("&pageToken=v1.abc.def") << QStringLiteral("InvalidPageToken");
    }
    void hosts_badPaging_is400()
    {
        QFETCH(QString, query);
        QFETCH(QString, errorName);
        const Reply reply = get(enrollmentPath(QStringLiteral("/hosts?preview=true") + query));
        QCOMPARE(reply.status, 400);
        QCOMPARE(reply.json().value(QStringLiteral("errorName")).toString(), errorName);
    }

    void getProvider_matchesTheReferenceExample()
    {
        const Reply reply = get(providerPath(kSamlRid, QStringLiteral("?preview=true")));
        QCOMPARE(reply.status, 200);
        const QJsonObject json = reply.json();
        QCOMPARE(sortedKeys(json),
                 (QStringList{QStringLiteral("enabled"), QStringLiteral("name"),
                              QStringLiteral("protocol"), QStringLiteral("realm"),
                              QStringLiteral("rid"), QStringLiteral("supportedHosts"),
                              QStringLiteral("supportedUsernamePatterns")}));
        QCOMPARE(json.value(QStringLiteral("rid")).toString(), kSamlRid);
        QCOMPARE(json.value(QStringLiteral("name")).toString(),
                 QStringLiteral("Example SAML Provider"));
        QCOMPARE(json.value(QStringLiteral("realm")).toString(), kSamlRealm);
        QCOMPARE(json.value(QStringLiteral("enabled")).toBool(), true);
        QCOMPARE(json.value(QStringLiteral("supportedHosts")).toArray(),
                 QJsonArray{QStringLiteral("example.palantirfoundry.com")});
        QCOMPARE(json.value(QStringLiteral("supportedUsernamePatterns")).toArray(),
                 (QJsonArray{QStringLiteral(".*@example.com"), QStringLiteral(".*@palantir.com")}));
        const QJsonObject protocol = json.value(QStringLiteral("protocol")).toObject();
        QCOMPARE(sortedKeys(protocol),
                 (QStringList{QStringLiteral("serviceProviderMetadata"), QStringLiteral("type")}));
        QCOMPARE(protocol.value(QStringLiteral("type")).toString(), QStringLiteral("saml"));
        const QJsonObject metadata =
            protocol.value(QStringLiteral("serviceProviderMetadata")).toObject();
        QCOMPARE(sortedKeys(metadata),
                 (QStringList{QStringLiteral("acsUrls"), QStringLiteral("certificates"),
                              QStringLiteral("entityId"), QStringLiteral("logoutUrls"),
                              QStringLiteral("metadataUrl")}));
        QCOMPARE(metadata.value(QStringLiteral("logoutUrls")).toArray(), QJsonArray());
        QCOMPARE(metadata.value(QStringLiteral("metadataUrl")).toString(),
                 QStringLiteral("https://example.palantirfoundry.com/multipass/saml/metadata"));
        const QJsonObject certificate =
            metadata.value(QStringLiteral("certificates")).toArray().first().toObject();
        QCOMPARE(sortedKeys(certificate),
                 (QStringList{QStringLiteral("commonName"), QStringLiteral("expiryDate"),
                              QStringLiteral("pemCertificate"), QStringLiteral("usageType")}));
        QCOMPARE(certificate.value(QStringLiteral("commonName")).toString(),
                 QStringLiteral("saml.example.com"));
        QCOMPARE(certificate.value(QStringLiteral("expiryDate")).toString(),
                 QStringLiteral("2036-11-20T19:31:20Z"));
        QCOMPARE(certificate.value(QStringLiteral("usageType")).toString(),
                 QStringLiteral("UNSPECIFIED"));
        QVERIFY(certificate.value(QStringLiteral("pemCertificate"))
                    .toString()
                    .startsWith(QStringLiteral("-----BEGIN CERTIFICATE-----\nMIIBizCCATGg")));
    }

    void oidcProvider_hasEmptyListsAndABareProtocol()
    {
        const QJsonObject json =
            get(providerPath(kOidcRid, QStringLiteral("?preview=true"))).json();
        QCOMPARE(json.size(), 7);
        QCOMPARE(json.value(QStringLiteral("enabled")).toBool(true), false);
        QCOMPARE(json.value(QStringLiteral("supportedHosts")).toArray(), QJsonArray());
        QCOMPARE(json.value(QStringLiteral("supportedUsernamePatterns")).toArray(), QJsonArray());
        QCOMPARE(json.value(QStringLiteral("protocol")).toObject(),
                 (QJsonObject{{QStringLiteral("type"), QStringLiteral("oidc")}}));
    }

    void listProviders_returnsEveryProviderInModelOrder()
    {
        const Reply reply =
            get(enrollmentPath(QStringLiteral("/authenticationProviders?preview=true")));
        QCOMPARE(reply.status, 200);
        QCOMPARE(reply.json().keys(), QStringList{QStringLiteral("data")});
        const QJsonArray data = reply.json().value(QStringLiteral("data")).toArray();
        QCOMPARE(data.size(), 2);
        QCOMPARE(data.at(0).toObject().value(QStringLiteral("rid")).toString(), kSamlRid);
        QCOMPARE(data.at(1).toObject().value(QStringLiteral("rid")).toString(), kOidcRid);
        QCOMPARE(data.at(1).toObject().size(), 7);
    }

    void unknownProvider_is404WithBothRids()
    {
        const QString unknown = QStringLiteral("ri.control-panel.main.saml.nope");
        for (const QByteArray &method : {QByteArray("GET"), QByteArray("POST")}) {
            const QString rest = method == "GET" ? QStringLiteral("?preview=true")
                                                 : QStringLiteral("/preregisterUser?preview=true");
            const QByteArray body =
                method == "GET" ? QByteArray()
                                : jsonBytes(QJsonObject{
                                      {QStringLiteral("username"), QStringLiteral("x@example.com")},
                                      {QStringLiteral("organization"), kOrgA}});
            verifyError(callApi(*m_server, method, providerPath(unknown, rest),
                                method == "GET" ? "admin-read" : "admin-write", body),
                        404, QStringLiteral("AuthenticationProviderNotFound"),
                        {{QStringLiteral("enrollmentRid"), kEnrollmentRid},
                         {QStringLiteral("authenticationProviderRid"), unknown}});
        }
    }

    void providerChangedInDirectory_isServedAtOnce()
    {
        AuthenticationProvider provider = *m_server->directory->authenticationProvider(kOidcRid);
        provider.supportedUsernamePatterns = {QStringLiteral(".*@oidc.example")};
        QVERIFY(m_server->directory->updateAuthenticationProvider(provider));
        const QJsonObject json =
            get(providerPath(kOidcRid, QStringLiteral("?preview=true"))).json();
        QCOMPARE(json.value(QStringLiteral("supportedUsernamePatterns")).toArray(),
                 QJsonArray{QStringLiteral(".*@oidc.example")});
    }
};

QTEST_GUILESS_MAIN(TestAdminEnrollmentRoutes)
#include "test_admin_enrollment_routes.moc"
