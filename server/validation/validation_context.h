#ifndef MATCHMAKER_SERVER_VALIDATION_VALIDATION_CONTEXT_H_
#define MATCHMAKER_SERVER_VALIDATION_VALIDATION_CONTEXT_H_

namespace matchmaker::validation {

// Deployment settings some rules depend on; the server fills it from its flags.
struct ValidationContext {
  // --embedding_dim: a supplied embedding must have exactly this many values.
  int embedding_dim = 64;
};

}  // namespace matchmaker::validation

#endif  // MATCHMAKER_SERVER_VALIDATION_VALIDATION_CONTEXT_H_
