#ifndef MATCHMAKER_CLIENT_DEMO_AESTHETIC_SPACE_H_
#define MATCHMAKER_CLIENT_DEMO_AESTHETIC_SPACE_H_

#include <map>
#include <string>
#include <vector>

#include "client/demo/demo_random.h"

namespace matchmaker::demo {

// A toy embedding space in which every aesthetic tag is a cluster: each tag has a random unit
// centroid, and a record's embedding lies near the centroid of its main tag, pulled towards
// its other tags. So "pastel" creators are close to each other and to "pastel" briefs.
class AestheticSpace {
 public:
  AestheticSpace(uint64_t seed, int dimension);

  int dimension() const { return dimension_; }

  // A unit-length embedding for `tags` (the first is the main one; unknown tags are ignored).
  // Components are rounded to 6 decimals so the JSON output does not hinge on the last bits
  // of the platform's libm; the norm stays 1 within 1e-5.
  std::vector<float> Embed(const std::vector<std::string>& tags, DemoRandom& random) const;

 private:
  const int dimension_;
  std::map<std::string, std::vector<double>> centroids_;
};

}  // namespace matchmaker::demo

#endif  // MATCHMAKER_CLIENT_DEMO_AESTHETIC_SPACE_H_
