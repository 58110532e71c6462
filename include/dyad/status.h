// dyad — status values. The library never throws, prints or exits for expected failures; it returns
// a Status (or a Result<T>) and the caller decides.
#ifndef DYAD_STATUS_H_
#define DYAD_STATUS_H_

#include <optional>
#include <string>
#include <utility>
#include <variant>

namespace dyad {

// A success or an error message. Messages about input carry "file:line: what is wrong".
class [[nodiscard]] Status {
 public:
  Status() = default;
  static Status Ok() { return Status(); }
  static Status Error(std::string message) { return Status(std::move(message)); }

  bool ok() const { return !message_.has_value(); }
  const std::string& message() const {
    static const std::string kEmpty;
    return message_ ? *message_ : kEmpty;
  }

 private:
  explicit Status(std::string m) : message_(std::move(m)) {}
  std::optional<std::string> message_;
};

// A value or an error. Access value() only when ok().
template <typename T>
class [[nodiscard]] Result {
 public:
  Result(T value) : v_(std::move(value)) {}  // NOLINT: implicit by design
  Result(Status error) : v_(std::move(error)) {}  // NOLINT: must not be ok()

  bool ok() const { return std::holds_alternative<T>(v_); }
  Status status() const { return ok() ? Status::Ok() : std::get<Status>(v_); }
  T& value() { return std::get<T>(v_); }
  const T& value() const { return std::get<T>(v_); }
  T&& take() { return std::move(std::get<T>(v_)); }

 private:
  std::variant<T, Status> v_;
};

#define DYAD_RETURN_IF_ERROR(expr)          \
  do {                                      \
    ::dyad::Status dyad_status_ = (expr);   \
    if (!dyad_status_.ok()) return dyad_status_; \
  } while (0)

}  // namespace dyad

#endif  // DYAD_STATUS_H_
