// dyad — storing coded stories on a thread of their own, so that coding goes on while SQLite writes.
#ifndef DYAD_STORE_WRITER_H_
#define DYAD_STORE_WRITER_H_

#include <condition_variable>
#include <cstddef>
#include <mutex>
#include <string>
#include <thread>
#include <vector>

#include "dyad/event.h"
#include "dyad/status.h"
#include "dyad/store.h"

namespace dyad::store {

// Stories wait in a queue of up to `max_queued` before the writer thread stores them, so that a commit or a
// WAL checkpoint (tens of milliseconds) holds no coding up; Add() waits only when the queue is full. The
// thread is woken when kWakeAt stories wait (or at Finish()), not for every batch: on a virtual machine each
// wake-up cost about 50 microseconds of system time. It commits every `stories_per_commit` stories (each
// commit writes the B-tree pages it touched again). Stored items go back to the thread that calls Add() to be
// freed there: freeing on one thread what another allocated made the two contend for glibc's heap lock.
class Writer {
 public:
  struct Item {
    CodedStory story;
    std::vector<std::string> json;  // EventToJson() of each event, or empty (the store makes them)
    std::string origin;             // where the story came from, for messages
  };

  explicit Writer(Store* store, size_t max_queued = 8192, size_t stories_per_commit = 4096);
  ~Writer();  // Finish()
  Writer(const Writer&) = delete;
  Writer& operator=(const Writer&) = delete;

  // Queues the items (moved out of `items`, which is left empty). False once the store has failed.
  bool Add(std::vector<Item>* items);
  // Stores everything queued, commits and stops the thread. The error of a transaction that could not begin
  // or commit (then stories may be lost; they are counted in not_stored() where known).
  Status Finish();
  // "origin: not stored: why" for each story the store refused since the last call (the others are stored).
  std::vector<std::string> TakeMessages();
  // Stories refused so far.
  size_t not_stored() const;

 private:
  void Run();

  static constexpr size_t kWakeAt = 512;

  Store* store_;
  const size_t max_queued_, per_commit_;
  mutable std::mutex mu_;
  std::condition_variable has_work_, has_room_;
  std::vector<Item> queue_;
  std::vector<Item> stored_;  // stored, for Add() to free
  bool finishing_ = false;
  bool full_ = false;  // Add() waits for room
  Status failure_ = Status::Ok();  // the store failed: Add() refuses from then on
  std::vector<std::string> messages_;
  size_t not_stored_ = 0;
  std::thread thread_;
};

}  // namespace dyad::store

#endif  // DYAD_STORE_WRITER_H_
