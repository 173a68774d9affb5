#ifndef MATCHMAKER_SERVER_VALIDATION_VALIDATION_H_
#define MATCHMAKER_SERVER_VALIDATION_VALIDATION_H_

// Everything the service layer needs from mm_validation: Validate(request, ctx) for every
// request of the three services, ValidateRecordForWrite, and the BadRequest helpers.

#include "server/validation/admin_service_validator.h"    // IWYU pragma: export
#include "server/validation/brand_service_validator.h"    // IWYU pragma: export
#include "server/validation/creator_service_validator.h"  // IWYU pragma: export
#include "server/validation/field_violations.h"           // IWYU pragma: export
#include "server/validation/limits.h"                     // IWYU pragma: export
#include "server/validation/record_validation.h"          // IWYU pragma: export
#include "server/validation/validation_context.h"         // IWYU pragma: export

#endif  // MATCHMAKER_SERVER_VALIDATION_VALIDATION_H_
