// Writes the seed corpora of the three fuzz targets (tests/fuzz/corpus/<target>/) from valid
// requests and stored values, so the fuzzers start from inputs that get past parsing and
// validation instead of rediscovering the schema. Re-run after the protos change (the method
// selector byte is an index into the sorted method list):
//   build-fuzz/bin/fuzz_corpus_generator tests/fuzz/corpus
// Requests are filled by reflection: ids name the seed market's records (seed_market.h),
// records come from the market, page sizes and enums get plausible values. Not every seed is
// valid for every method; each one parses, and most pass validation.

#include <cstdint>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <memory>
#include <string>
#include <vector>

#include "absl/strings/match.h"
#include "absl/strings/str_cat.h"
#include "google/protobuf/descriptor.h"
#include "google/protobuf/field_mask.pb.h"
#include "google/protobuf/message.h"
#include "google/protobuf/repeated_field.h"
#include "matchmaker/v1/admin_service.pb.h"
#include "matchmaker/v1/history.pb.h"
#include "matchmaker/v1/offer.pb.h"
#include "storage/api_key_codec.h"
#include "storage/codec.h"
#include "storage/embedding_codec.h"
#include "storage/keys.h"
#include "tests/fuzz/fuzz_methods.h"
#include "tests/fuzz/seed_market.h"

namespace matchmaker::fuzz {
namespace {

using google::protobuf::FieldDescriptor;
using google::protobuf::Message;
using google::protobuf::MethodDescriptor;

namespace fs = std::filesystem;

void WriteSeed(const fs::path& dir, const std::string& name, const std::string& bytes) {
  fs::create_directories(dir);
  std::ofstream out(dir / name, std::ios::binary | std::ios::trunc);
  out.write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
  if (!out) {
    std::cerr << "cannot write " << (dir / name) << "\n";
    std::exit(1);
  }
}

const demo::DemoMarket& Market() { return SeedMarket(); }

// A record of the market under a new id, so a Create or Import of it can succeed.
template <typename Record>
Record Renamed(Record record, const std::string& suffix) {
  record.set_id(record.id() + suffix);
  return record;
}

void FillString(Message& message, const FieldDescriptor& field) {
  const auto* reflection = message.GetReflection();
  const std::string& name = field.name();
  std::string value;
  if (name == "brand_id") {
    value = Market().brands[0].id();
  } else if (name == "creator_id") {
    value = Market().creators[0].id();
  } else if (name == "brief_id") {
    value = Market().briefs[0].id();
  } else if (name == "offer_id") {
    value = "of-seed";
  } else if (name == "id") {
    value = Market().creators[1].id();
  } else if (name == "request_id") {
    value = "seed-request-1";
  } else if (name == "directory") {
    value = "/tmp/mm-fuzz-checkpoint";
  } else if (name == "principal") {
    value = "brand/" + Market().brands[0].id();
  } else if (absl::StrContains(name, "note") || absl::StrContains(name, "message") ||
             name == "description" || name == "label") {
    value = "seed text";
  } else {
    return;
  }
  if (field.is_repeated()) {
    reflection->AddString(&message, &field, value);
  } else {
    reflection->SetString(&message, &field, value);
  }
}

void Fill(Message& message);

void FillMessage(Message& message, const FieldDescriptor& field) {
  if (field.is_repeated()) return;
  const auto* reflection = message.GetReflection();
  Message* child = reflection->MutableMessage(&message, &field);
  const std::string& type = field.message_type()->full_name();
  if (type == "matchmaker.v1.Creator") {
    child->CopyFrom(Renamed(Market().creators[2], "-seed"));
  } else if (type == "matchmaker.v1.Brand") {
    child->CopyFrom(Renamed(Market().brands[1], "-seed"));
  } else if (type == "matchmaker.v1.Brief") {
    child->CopyFrom(Renamed(Market().briefs[1], "-seed"));
  } else if (type == "matchmaker.v1.Record") {
    *static_cast<v1::Record*>(child)->mutable_creator() = Renamed(Market().creators[3], "-seed");
  } else if (type == "google.protobuf.FieldMask") {
    static_cast<google::protobuf::FieldMask*>(child)->add_paths("display_name");
  } else if (absl::StartsWith(type, "matchmaker.v1.")) {
    Fill(*child);
  } else {
    reflection->ClearField(&message, &field);
  }
}

// Plausible values for the fields a request usually needs; everything else stays unset.
void Fill(Message& message) {
  const auto* descriptor = message.GetDescriptor();
  const auto* reflection = message.GetReflection();
  for (int i = 0; i < descriptor->field_count(); ++i) {
    const FieldDescriptor& field = *descriptor->field(i);
    if (field.real_containing_oneof() != nullptr && field.index_in_oneof() != 0) {
      continue;  // one member of each oneof
    }
    switch (field.cpp_type()) {
      case FieldDescriptor::CPPTYPE_STRING:
        FillString(message, field);
        break;
      case FieldDescriptor::CPPTYPE_MESSAGE:
        FillMessage(message, field);
        break;
      case FieldDescriptor::CPPTYPE_ENUM:
        if (field.enum_type()->value_count() > 1) {
          if (field.is_repeated()) {
            reflection->AddEnumValue(&message, &field, field.enum_type()->value(1)->number());
          } else {
            reflection->SetEnumValue(&message, &field, field.enum_type()->value(1)->number());
          }
        }
        break;
      case FieldDescriptor::CPPTYPE_INT32:
        if (!field.is_repeated() && (field.name() == "page_size" || field.name() == "limit" ||
                                     field.name() == "max_results")) {
          reflection->SetInt32(&message, &field, 10);
        }
        break;
      case FieldDescriptor::CPPTYPE_INT64:
        if (!field.is_repeated() && absl::EndsWith(field.name(), "_cents")) {
          reflection->SetInt64(&message, &field, 10000);
        }
        break;
      default:
        break;
    }
  }
}

std::string Prefixed(std::initializer_list<uint8_t> prefix, const std::string& payload) {
  std::string bytes(prefix.begin(), prefix.end());
  return bytes + payload;
}

void WriteRequestSeeds(const fs::path& root) {
  // The generated classes (not DynamicMessage): FillMessage casts to them.
  google::protobuf::MessageFactory* factory = google::protobuf::MessageFactory::generated_factory();
  for (const MethodDescriptor* method : FuzzedMethods()) {
    const uint8_t selector = MethodSelector(*method);
    std::unique_ptr<Message> request(factory->GetPrototype(method->input_type())->New());
    const std::string empty = request->SerializeAsString();
    Fill(*request);
    std::string filled = request->SerializeAsString();
    if (method->client_streaming()) {
      // ImportRecords: a brand, a creator and a brief, in the order the server accepts them.
      std::vector<std::string> messages;
      v1::ImportRecordsRequest record;
      *record.mutable_record()->mutable_brand() = Renamed(Market().brands[2], "-import");
      messages.push_back(record.SerializeAsString());
      *record.mutable_record()->mutable_creator() = Renamed(Market().creators[4], "-import");
      messages.push_back(record.SerializeAsString());
      v1::Brief brief = Renamed(Market().briefs[2], "-import");
      brief.set_brand_id(Market().brands[2].id() + "-import");
      *record.mutable_record()->mutable_brief() = brief;
      messages.push_back(record.SerializeAsString());
      filled = JoinStream(messages);
    }
    const std::string name = method->service()->name() + "." + method->name();
    WriteSeed(root / "request_validation_fuzzer", name + ".empty", Prefixed({selector}, empty));
    WriteSeed(
        root / "request_validation_fuzzer", name + ".filled",
        Prefixed({selector}, method->client_streaming() ? request->SerializeAsString() : filled));
    // Handler: as admin, and the filled request also anonymously (byte 1: 0 admin, 2 none).
    WriteSeed(root / "handler_path_fuzzer", name + ".empty", Prefixed({selector, 0}, empty));
    WriteSeed(root / "handler_path_fuzzer", name + ".filled", Prefixed({selector, 0}, filled));
    WriteSeed(root / "handler_path_fuzzer", name + ".anonymous", Prefixed({selector, 2}, filled));
  }
}

// FuzzedDataProvider reads integers from the end of the input and strings from the front:
// each seed is <payload> <integer bytes, last consumed first> <codec byte>.
void WriteCodecSeeds(const fs::path& root) {
  const fs::path dir = root / "storage_codec_fuzzer";
  auto codec = [](const std::string& payload, uint8_t selector) {
    return payload + std::string(1, static_cast<char>(selector));
  };
  WriteSeed(dir, "creator", codec(storage::EncodeProtoValue(Market().creators[0]), 0));
  WriteSeed(dir, "brand", codec(storage::EncodeProtoValue(Market().brands[0]), 1));
  WriteSeed(dir, "brief", codec(storage::EncodeProtoValue(Market().briefs[0]), 2));
  v1::Offer offer;
  offer.set_id("of-seed");
  offer.set_brief_id(Market().briefs[0].id());
  offer.set_creator_id(Market().creators[0].id());
  offer.mutable_terms()->set_fee_cents(10000);
  WriteSeed(dir, "offer", codec(storage::EncodeProtoValue(offer), 3));
  v1::HistoryEvent event;
  event.set_id("7");
  event.set_actor("brand/" + Market().brands[0].id());
  *event.mutable_offer() = offer;
  WriteSeed(dir, "history_event", codec(storage::EncodeProtoValue(event), 4));
  WriteSeed(dir, "bytes_value", codec(storage::EncodeBytesValue("remembered response"), 5));
  google::protobuf::RepeatedField<float> floats;
  for (int i = 0; i < 8; ++i) floats.Add(0.125f * static_cast<float>(i) - 0.5f);
  // dim = 1 + byte % 64: byte 7 is dimension 8.
  WriteSeed(dir, "embedding",
            codec(storage::EncodeEmbedding(floats, 8, "seed").value() + std::string(1, '\x07'), 6));
  // Keys: <id> "\\" <terminator> <raw key> <8 bytes of number>.
  const std::string number("\x00\x00\x00\x00\x00\x00\x01\x2a", 8);
  WriteSeed(dir, "keys_expiry",
            codec(Market().creators[0].id() + "\\n" + storage::ExpiryKey(1796083200000000, "of-1") +
                      number,
                  7));
  WriteSeed(dir, "keys_history",
            codec("of-1\\n" + storage::HistorySubjectKey(storage::SubjectKind::kOffer, "of-1", 42) +
                      number,
                  7));
  storage::StoredApiKey api_key;
  api_key.key.set_key_id("key-seed");
  api_key.key.set_principal("brand/" + Market().brands[0].id());
  api_key.key.set_description("seed key");
  api_key.salt = std::string(16, 's');
  api_key.hash = std::string(32, 'h');
  WriteSeed(dir, "api_key", codec(storage::EncodeApiKeyValue(api_key).value(), 9));
  // Page tokens (codec 8) get no seed: the generator stays free of the service library, and
  // the comparison tracing of -fsanitize=fuzzer finds the token prefix quickly.
}

}  // namespace
}  // namespace matchmaker::fuzz

int main(int argc, char** argv) {
  if (argc != 2) {
    std::cerr << "usage: fuzz_corpus_generator <corpus root, e.g. tests/fuzz/corpus>\n";
    return 2;
  }
  const std::filesystem::path root = argv[1];
  for (const char* target :
       {"request_validation_fuzzer", "storage_codec_fuzzer", "handler_path_fuzzer"}) {
    std::filesystem::remove_all(root / target);
  }
  matchmaker::fuzz::WriteRequestSeeds(root);
  matchmaker::fuzz::WriteCodecSeeds(root);
  std::cout << "seed corpora written under " << root << "\n";
  return 0;
}
