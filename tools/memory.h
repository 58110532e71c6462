// How the commands that load dictionaries use memory.
//
// Start-up builds about 100 MB of dictionary and gazetteer tables out of many small allocations. With glibc
// (2.35 or later) backing its heap with transparent huge pages, that memory takes about 5,000 page faults
// instead of 23,000, which halves start-up on a virtual machine. The glibc tunable is read only when a
// program starts, so a program that wants it starts itself once more with GLIBC_TUNABLES set. Nothing
// changes when the tunable is set already (by the user or by the first start), when the kernel offers no
// huge pages, or when the new start fails: the program then carries on as it is.
#ifndef DYAD_TOOLS_MEMORY_H_
#define DYAD_TOOLS_MEMORY_H_

#include <malloc.h>
#include <unistd.h>

#include <cstdlib>
#include <cstring>
#include <string>

namespace dyad::cli {

inline void RestartWithHugePages(char** argv) {
  constexpr const char* kName = "glibc.malloc.hugetlb";
  const char* current = std::getenv("GLIBC_TUNABLES");
  if (current && std::strstr(current, kName)) return;
  std::string value = std::string(kName) + "=1";
  if (current && *current) value = std::string(current) + ":" + value;
  if (setenv("GLIBC_TUNABLES", value.c_str(), 1) != 0) return;
  execv("/proc/self/exe", argv);
}

// Freed memory stays with the process for reuse. By default glibc hands the top of its heap back to the
// kernel once 128 KB lie free there, and serves blocks from 128 KB up (adjusting that bound as it goes) with
// mmap of their own. `dyad code --db` frees each story on the store's thread after coding allocated it:
// the heap shrank and grew again all run long, and the page faults and zeroing of the regrowth cost the
// coding thread a tenth of its time. The price is that the process keeps its peak memory until it exits.
inline void KeepFreedMemory() {
  mallopt(M_TRIM_THRESHOLD, 1 << 30);
  mallopt(M_MMAP_THRESHOLD, 32 << 20);  // glibc's largest
}

// Both, first thing in main().
inline void SetUpMemory(char** argv) {
  RestartWithHugePages(argv);
  KeepFreedMemory();
}

}  // namespace dyad::cli

#endif  // DYAD_TOOLS_MEMORY_H_
