# dyad — the two commands of the README:
#   make demo   set up (apt/npm), build in Release and code the example stories into build/demo.db
#   make test   build and run every test (ctest), beside a throwaway PostgreSQL server for the
#               PostgreSQL store's tests (scripts/with-postgres.sh)
BUILD ?= build
JOBS ?= 2
CMAKE_FLAGS ?=

.PHONY: all deps configure build gazetteer demo test bench clean

all: build

deps:
	@scripts/install-deps.sh

configure: deps
	@cmake -S . -B $(BUILD) -DCMAKE_BUILD_TYPE=Release $(CMAKE_FLAGS) >/dev/null

build: configure
	@cmake --build $(BUILD) -j $(JOBS)

gazetteer: configure
	@cmake --build $(BUILD) --target gazetteer

demo: build gazetteer
	@rm -f $(BUILD)/demo.db $(BUILD)/demo.db-wal $(BUILD)/demo.db-shm
	@$(BUILD)/dyad code examples --db $(BUILD)/demo.db --summary > $(BUILD)/demo.jsonl
	@echo "events: $(BUILD)/demo.jsonl   store: $(BUILD)/demo.db"
	@echo "try:    $(BUILD)/dyad query --db $(BUILD)/demo.db --root 19 --format table"

test: build gazetteer
	@cd $(BUILD) && $(CURDIR)/scripts/with-postgres.sh ctest --output-on-failure -j $(JOBS)

bench: build gazetteer
	@$(BUILD)/dyad_throughput --stories 20000
	@$(BUILD)/dyad_bench

clean:
	@rm -rf $(BUILD)
