// dyad — the bookkeeping both stores share for a transaction that writes stories without a savepoint each
// (a savepoint per story cost more than the writing). What was written since Begin() is kept, so that when a
// story fails the store can roll back, write the kept ones again, each in its own savepoint, and give every
// later story a savepoint until Commit(). The kept copies are bounded: past kMaxBytes the store commits and
// begins again.
#ifndef DYAD_STORE_BATCH_H_
#define DYAD_STORE_BATCH_H_

#include <cstddef>
#include <utility>
#include <vector>

namespace dyad::store {

template <typename Kept>
class Batch {
 public:
  static constexpr size_t kMaxBytes = size_t{64} << 20;

  void Open() {
    open_ = true;
    careful_ = false;
    Clear();
  }
  void Close() {
    open_ = false;
    Clear();
  }
  bool open() const { return open_; }
  // A story failed in this transaction: each story is written in its own savepoint until Close().
  bool careful() const { return careful_; }
  // Keeps a story written without a savepoint; true when the kept copies have grown past kMaxBytes.
  bool Keep(Kept k, size_t bytes) {
    bytes_ += bytes;
    kept_.push_back(std::move(k));
    return bytes_ > kMaxBytes;
  }
  // After a failure: the kept stories, to write again; from now on every story takes a savepoint.
  std::vector<Kept> TakeForReplay() {
    careful_ = true;
    bytes_ = 0;
    return std::exchange(kept_, {});
  }

 private:
  void Clear() {
    kept_.clear();
    bytes_ = 0;
  }
  bool open_ = false;
  bool careful_ = false;
  std::vector<Kept> kept_;
  size_t bytes_ = 0;
};

}  // namespace dyad::store

#endif  // DYAD_STORE_BATCH_H_
