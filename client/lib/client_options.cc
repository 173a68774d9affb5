#include "client/lib/client_options.h"

#include "grpcpp/create_channel.h"
#include "grpcpp/security/credentials.h"

namespace matchmaker::client {

std::shared_ptr<grpc::Channel> ChannelFor(const ClientOptions& options) {
  if (options.channel != nullptr) return options.channel;
  return grpc::CreateChannel(options.target, grpc::InsecureChannelCredentials());
}

}  // namespace matchmaker::client
