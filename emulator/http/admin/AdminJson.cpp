#include "AdminJson.h"

#include "Defaults.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSslCertificate>

namespace foundry::admin {
namespace {

void insertIfSet(QJsonObject &object, const char *key, const QString &value)
{
    if (!value.isEmpty())
        object.insert(QLatin1StringView(key), value);
}

QJsonArray stringArray(const QStringList &values)
{
    return QJsonArray::fromStringList(values);
}

// SamlServiceProviderMetadata.certificates holds CertificateInfo objects. The seed keeps each
// certificate as PEM or as its bare base64 body; what a parser can read fills in the rest.
QJsonObject certificateInfoJson(const QString &certificate)
{
    QByteArray pem = certificate.trimmed().toLatin1();
    if (!pem.startsWith("-----BEGIN")) {
        const QByteArray body = pem.simplified().replace(' ', QByteArray());
        pem = "-----BEGIN CERTIFICATE-----\n";
        for (qsizetype at = 0; at < body.size(); at += 64) // PEM lines are 64 characters
            pem += body.mid(at, 64) + '\n';
        pem += "-----END CERTIFICATE-----\n";
    }
    QJsonObject info{{QStringLiteral("pemCertificate"), QString::fromLatin1(pem)},
                     {QStringLiteral("usageType"), QStringLiteral("UNSPECIFIED")}};
    const QList<QSslCertificate> parsed = QSslCertificate::fromData(pem, QSsl::Pem);
    if (parsed.isEmpty() || parsed.first().isNull())
        return info; // not a readable certificate: no expiry date to tell
    const QStringList commonNames = parsed.first().subjectInfo(QSslCertificate::CommonName);
    if (!commonNames.isEmpty())
        info.insert(QStringLiteral("commonName"), commonNames.first());
    info.insert(QStringLiteral("expiryDate"),
                parsed.first().expiryDate().toUTC().toString(Qt::ISODate));
    return info;
}

} // namespace

QJsonObject attributesJson(const Attributes &attributes)
{
    QJsonObject object;
    for (const Attribute &attribute : attributes)
        object.insert(attribute.key, stringArray(attribute.values));
    return object;
}

QJsonObject userJson(const User &user)
{
    const QString realm = user.realm.isEmpty() ? QString(defaults::kRealm) : user.realm;
    const QString organization = user.isService() ? QString() : user.organizationRid;
    QJsonObject attributes{{QStringLiteral("multipass:realm"), QJsonArray{realm}}};
    if (!user.givenName.isEmpty())
        attributes.insert(QStringLiteral("multipass:givenName"), QJsonArray{user.givenName});
    if (!user.familyName.isEmpty())
        attributes.insert(QStringLiteral("multipass:familyName"), QJsonArray{user.familyName});
    if (!user.email.isEmpty())
        attributes.insert(QStringLiteral("multipass:email:primary"), QJsonArray{user.email});
    if (!organization.isEmpty())
        attributes.insert(QStringLiteral("multipass:organization-rid"), QJsonArray{organization});
    for (const Attribute &attribute : user.attributes)
        attributes.insert(attribute.key, stringArray(attribute.values));

    QJsonObject object{{QStringLiteral("id"), user.id},
                       {QStringLiteral("username"), user.username},
                       {QStringLiteral("realm"), realm},
                       {QStringLiteral("status"),
                        user.active ? QStringLiteral("ACTIVE") : QStringLiteral("DELETED")},
                       {QStringLiteral("attributes"), attributes}};
    insertIfSet(object, "givenName", user.givenName);
    insertIfSet(object, "familyName", user.familyName);
    insertIfSet(object, "email", user.email);
    insertIfSet(object, "organization", organization);
    return object;
}

QByteArray userJsonBytes(const User &user)
{
    struct Entry
    {
        User user;
        QByteArray json;
    };
    constexpr qsizetype MaxEntries = 20000; // ~10 MB a thread at most; then it starts over
    thread_local QHash<QString, Entry> cache;
    const auto found = cache.constFind(user.id);
    if (found != cache.cend() && found->user == user)
        return found->json;
    if (cache.size() >= MaxEntries)
        cache.clear();
    QByteArray json = QJsonDocument(userJson(user)).toJson(QJsonDocument::Compact);
    cache.insert(user.id, Entry{user, json});
    return json;
}

QJsonObject groupJson(const Group &group)
{
    QJsonObject object{
        {QStringLiteral("id"), group.id},
        {QStringLiteral("name"), group.name},
        {QStringLiteral("realm"), group.realm.isEmpty() ? QString(defaults::kRealm) : group.realm},
        {QStringLiteral("organizations"), stringArray(group.organizationRids)},
        {QStringLiteral("attributes"), attributesJson(group.attributes)}};
    insertIfSet(object, "description", group.description);
    return object;
}

QJsonObject organizationJson(const Organization &organization)
{
    // Markings are not modelled; the organization's own marking id is its rid's locator.
    const QString markingId = organization.rid.section(u'.', -1);
    QJsonObject object{{QStringLiteral("rid"), organization.rid},
                       {QStringLiteral("name"), organization.name},
                       {QStringLiteral("markingId"), markingId}};
    insertIfSet(object, "description", organization.description);
    insertIfSet(object, "host", organization.host);
    return object;
}

QJsonObject authenticationProviderJson(const AuthenticationProvider &provider)
{
    QJsonObject protocol;
    if (provider.protocol == ProviderProtocol::Oidc) {
        protocol.insert(QStringLiteral("type"), QStringLiteral("oidc"));
    } else {
        protocol.insert(QStringLiteral("type"), QStringLiteral("saml"));
        QJsonArray certificates;
        for (const QString &certificate : provider.certificates)
            certificates.append(certificateInfoJson(certificate));
        // Every key is required in the SDK's SamlServiceProviderMetadata, even when unset.
        QJsonObject metadata{{QStringLiteral("entityId"), provider.entityId},
                             {QStringLiteral("metadataUrl"), provider.metadataUrl},
                             {QStringLiteral("acsUrls"), stringArray(provider.acsUrls)},
                             {QStringLiteral("logoutUrls"), stringArray(provider.logoutUrls)},
                             {QStringLiteral("certificates"), certificates}};
        protocol.insert(QStringLiteral("serviceProviderMetadata"), metadata);
    }
    return {{QStringLiteral("rid"), provider.rid},
            {QStringLiteral("name"), provider.name},
            {QStringLiteral("realm"), provider.realm},
            {QStringLiteral("enabled"), provider.enabled},
            {QStringLiteral("supportedHosts"), stringArray(provider.supportedHosts)},
            {QStringLiteral("supportedUsernamePatterns"),
             stringArray(provider.supportedUsernamePatterns)},
            {QStringLiteral("protocol"), protocol}};
}

QJsonObject enrollmentJson(const Enrollment &enrollment)
{
    return {{QStringLiteral("rid"), enrollment.rid},
            {QStringLiteral("name"), enrollment.name},
            {QStringLiteral("createdTime"),
             enrollment.createdTime.toUTC().toString(Qt::ISODateWithMs)}};
}

} // namespace foundry::admin
