#include "AdminErrors.h"

namespace foundry::admin {

HttpResponse errorResponse(int status, const QString &errorName, const QJsonObject &parameters,
                           const QString &description)
{
    return foundryErrorResponse(FoundryError::make(status, errorName, parameters, description));
}

HttpResponse invalidArgument(const QString &message)
{
    return errorResponse(400, QStringLiteral("Conjure:InvalidArgument"),
                         {{QStringLiteral("message"), message}}, message);
}

HttpResponse unsupportedMediaType()
{
    return errorResponse(415, QStringLiteral("Conjure:UnsupportedMediaType"), {},
                         QStringLiteral("The request body must be application/json."));
}

HttpResponse previewRequired()
{
    return errorResponse(400, QStringLiteral("ApiFeaturePreviewUsageOnly"), {},
                         QStringLiteral("This endpoint is in preview: add preview=true to the "
                                        "query parameters."));
}

HttpResponse missingScope(const QString &broadScope)
{
    return errorResponse(403, QStringLiteral("ApiUsageDenied"),
                         {{QStringLiteral("missingScope"), broadScope}},
                         QStringLiteral("The token does not grant the scope %1.").arg(broadScope));
}

HttpResponse permissionDenied(const QString &errorName, const QJsonObject &parameters)
{
    return errorResponse(403, errorName, parameters,
                         QStringLiteral("The caller lacks the permission for this operation."));
}

HttpResponse notFound(const QString &errorName, const QJsonObject &parameters)
{
    return errorResponse(404, errorName, parameters);
}

HttpResponse domainError(const QString &errorName, const QJsonObject &parameters,
                         const QString &description)
{
    return errorResponse(400, errorName, parameters, description);
}

} // namespace foundry::admin
