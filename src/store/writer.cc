#include "store/writer.h"

#include <utility>

namespace dyad::store {

Writer::Writer(Store* store, size_t max_queued, size_t stories_per_commit)
    : store_(store), max_queued_(max_queued ? max_queued : 1), per_commit_(stories_per_commit ? stories_per_commit : 1) {
  thread_ = std::thread([this] { Run(); });
}

Writer::~Writer() { (void)Finish(); }

bool Writer::Add(std::vector<Item>* items) {
  std::unique_lock<std::mutex> lock(mu_);
  // A batch larger than the whole queue is let in once the queue is empty.
  auto room = [&] { return !failure_.ok() || queue_.empty() || queue_.size() + items->size() <= max_queued_; };
  if (!room()) {
    full_ = true;  // wakes the writer however few stories wait
    has_work_.notify_one();
    has_room_.wait(lock, room);  // the writer clears full_ when it takes the queue
  }
  if (!failure_.ok()) {
    items->clear();
    return false;
  }
  for (Item& it : *items) queue_.push_back(std::move(it));
  items->clear();
  const bool wake = queue_.size() >= kWakeAt;
  std::vector<Item> stored;
  stored.swap(stored_);
  lock.unlock();
  if (wake) has_work_.notify_one();
  return true;  // `stored` is freed here, on the thread that made it
}

Status Writer::Finish() {
  {
    std::lock_guard<std::mutex> lock(mu_);
    finishing_ = true;
  }
  has_work_.notify_one();
  if (thread_.joinable()) thread_.join();  // a second call finds it joined
  std::lock_guard<std::mutex> lock(mu_);
  return failure_;
}

std::vector<std::string> Writer::TakeMessages() {
  std::lock_guard<std::mutex> lock(mu_);
  return std::exchange(messages_, {});
}

size_t Writer::not_stored() const {
  std::lock_guard<std::mutex> lock(mu_);
  return not_stored_;
}

void Writer::Run() {
  std::vector<Item> work;
  size_t in_transaction = 0;  // stories put since Begin()
  bool open = false;
  // The stories put (and not refused) in the open transaction, lost if it cannot commit.
  size_t pending = 0;
  std::string first_pending, last_pending;
  std::vector<std::string> refused;
  // The store failed as a whole: the open transaction's stories and all that wait are not stored.
  auto fail = [&](const Status& st, size_t unstored_work) {
    std::lock_guard<std::mutex> lock(mu_);
    failure_ = st;
    not_stored_ += refused.size() + pending + unstored_work + queue_.size();
    for (std::string& m : refused) messages_.push_back(std::move(m));
    if (pending) {
      messages_.push_back(first_pending + (pending > 1 ? " to " + last_pending : "") + ": " +
                          std::to_string(pending) + (pending > 1 ? " stories" : " story") +
                          " not stored: their transaction failed: " + st.message());
    }
    queue_.clear();
  };
  for (;;) {
    {
      std::unique_lock<std::mutex> lock(mu_);
      has_work_.wait(lock, [&] { return finishing_ || full_ || queue_.size() >= kWakeAt; });
      if (queue_.empty()) break;  // finishing (full_ is set only while stories wait)
      full_ = false;
      work.swap(queue_);
    }
    has_room_.notify_all();
    refused.clear();
    for (size_t i = 0; i < work.size(); ++i) {
      Item& it = work[i];
      if (!open) {
        if (Status st = store_->Begin(); !st.ok()) {
          fail(st, work.size() - i);
          break;
        }
        open = true;
      }
      if (Status st = store_->Put(it.story, it.json); !st.ok()) {
        refused.push_back(it.origin + ": not stored: " + st.message());
      } else {
        if (pending++ == 0) first_pending = it.origin;
        last_pending = it.origin;
      }
      if (++in_transaction >= per_commit_) {
        open = false;
        in_transaction = 0;
        if (Status st = store_->Commit(); !st.ok()) {
          fail(st, work.size() - i - 1);
          break;
        }
        pending = 0;
      }
    }
    {
      std::lock_guard<std::mutex> lock(mu_);
      if (!failure_.ok()) break;
      not_stored_ += refused.size();
      for (std::string& m : refused) messages_.push_back(std::move(m));
      if (stored_.empty()) {
        stored_.swap(work);
      } else {
        for (Item& it : work) stored_.push_back(std::move(it));
        work.clear();
      }
    }
  }
  if (failure_.ok() && open) {
    refused.clear();
    if (Status st = store_->Commit(); !st.ok()) fail(st, 0);
  }
  has_room_.notify_all();  // after a failure Add() returns false from now on
}

}  // namespace dyad::store
