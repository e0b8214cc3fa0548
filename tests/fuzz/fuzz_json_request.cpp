// JSON request bodies through the Admin API's readers: the object and array readers, every
// typed field read, and the request readers of the Users and Groups endpoints. Every outcome is
// either a value or an error answer in the 4xx range.

#include "FuzzTargets.h"
#include "JsonBody.h"
#include "PrincipalRequests.h"

#include <cstdlib>

namespace {

void expectClientError(bool ok, const foundry::HttpResponse &error)
{
    if (!ok && (error.status < 400 || error.status >= 500))
        std::abort();
}

} // namespace

void foundry::fuzz::jsonRequest(QByteArrayView data)
{
    HttpRequest request;
    request.method = "POST";
    request.headers.add("Content-Type", "application/json");
    request.body = data.toByteArray();

    QJsonObject object;
    HttpResponse error;
    const bool isObject = admin::parseObject(request, &object, &error);
    expectClientError(isObject, error);
    QJsonArray array;
    bool present = false;
    HttpResponse arrayError;
    expectClientError(admin::parseArray(request, &array, &present, &arrayError), arrayError);

    if (isObject) {
        static const char *const names[] = {"username", "name",  "description", "attributes",
                                            "organizations", "pageSize", "pageToken", "where",
                                            "principalIds", "groupIds", "expirationDate"};
        for (const char *name : names) {
            admin::FieldReader reader(object, QStringLiteral("body"));
            QString text;
            QStringList list;
            Attributes attributes;
            std::optional<qint64> number;
            reader.optionalString(name, &text);
            reader.optionalStringList(name, &list);
            reader.optionalAttributes(name, &attributes);
            reader.optionalInt(name, &number);
            reader.requiredString(name, &text);
            reader.requiredStringList(name, &list);
            if (!reader.ok())
                expectClientError(false, reader.error());
        }
    }

    admin::users::SearchRequest search;
    HttpResponse searchError;
    expectClientError(admin::users::readSearchRequest(request, QStringLiteral("users"), &search,
                                                      &searchError),
                      searchError);
    QList<admin::users::BatchElement> batch;
    HttpResponse batchError;
    expectClientError(admin::users::readBatch(request, "userId", true, &batch, &batchError),
                      batchError);
    Group group;
    HttpResponse groupError;
    expectClientError(admin::users::readGroupFields(request, &group, &groupError), groupError);
}

#ifdef FOUNDRY_FUZZ_MAIN
FOUNDRY_FUZZ_ENTRY_POINT(foundry::fuzz::jsonRequest)
#endif
