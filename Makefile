# chain-explorer: the make targets. `make help` lists them.
SHELL := /bin/bash
MVN   ?= ./mvnw -B
NPM   ?= npm
NETWORK ?= devnet

.DEFAULT_GOAL := help

.PHONY: help
help: ## List the targets
	@grep -hE '^[a-zA-Z0-9_-]+:.*?## ' $(MAKEFILE_LIST) | awk 'BEGIN {FS = ":.*?## "}; {printf "  \033[36m%-14s\033[0m %s\n", $$1, $$2}'

node_modules/.package-lock.json: package.json package-lock.json
	$(NPM) ci --ignore-scripts --no-audit --no-fund

# The in-memory schema registry (Apicurio, Confluent API) is a Quarkus build of about a minute:
# built once, and again only when its pom changes; the main reactor skips it.
REGISTRY_JAR := embedded/schema-registry/target/schema-registry-runner.jar
REACTOR      := -pl '!embedded/schema-registry'

$(REGISTRY_JAR): embedded/schema-registry/pom.xml
	$(MVN) -pl embedded/schema-registry package

.PHONY: node
node: node_modules/.package-lock.json ## Install the Node tools (anvil, reference clients) with npm ci

.PHONY: build
build: node registry ## Build every module, the CLI and the development stack (bin/chain-explorer)
	$(MVN) install -DskipTests $(REACTOR)

.PHONY: registry
registry: $(REGISTRY_JAR) ## Build the embedded schema registry (Apicurio, in memory)

.PHONY: test
test: node registry ## Run every test tier against real Kafka, Connect, registry, Cassandra, HDFS and anvil
	$(MVN) verify $(REACTOR)

.PHONY: run
run: build ## Start the whole pipeline on its embedded default (NETWORK=devnet)
	bin/chain-explorer run --network $(NETWORK)

# The chain each network's `run` writes under run-data/<network>/cold-store.
CHAIN_devnet  := devnet
CHAIN_mainnet := eth-mainnet
CHAIN_sepolia := eth-sepolia

.PHONY: batch
batch: ## Build the batch views once (Spark local[2]) over the cold store of `make run`; BATCH_ARGS adds options
	$(MVN) install -DskipTests -pl batch -am -q
	$(MVN) -q -pl batch exec:exec -Dbatch.args="--cold-store $(CURDIR)/run-data/$(NETWORK)/cold-store --out $(CURDIR)/run-data/$(NETWORK)/batch --chain $(CHAIN_$(NETWORK)) $(BATCH_ARGS)"

.PHONY: api
api: ## Serve the HTTP API over a hot store in a JVM of its own; API_ARGS: its key=value options (see api/README.md)
	$(MVN) install -DskipTests -pl api -am -q
	$(MVN) -q -pl api exec:exec -Dapi.args="$(API_ARGS)"

.PHONY: bench
bench: node ## Run the JMH benchmarks and the end-to-end harnesses, results for BENCHMARKS.md
	$(MVN) install -DskipTests -pl benchmarks -am
	java -jar benchmarks/target/benchmarks.jar $(JMH_ARGS)

.PHONY: bench-batch
bench-batch: ## Batch-layer benchmark: a generated mainnet-like day, Spark full vs incremental vs DuckDB (~15 min); BENCH_BATCH_ARGS adds options
	$(MVN) install -DskipTests -pl batch -am -q
	$(MVN) -pl batch -Pbench-batch exec:exec -Dbench.batch.args="$(BENCH_BATCH_ARGS)"

.PHONY: bench-e2e
bench-e2e: node registry ## End-to-end benchmark: the embedded pipeline on anvil, latency, tx/s, RSS (~15 min)
	$(MVN) install -DskipTests -pl benchmarks -am
	# absolute: the pipeline's child JVMs (apps, Connect) run in other directories on this classpath
	java -Xmx1g -cp $(CURDIR)/benchmarks/target/benchmarks.jar io.chainexplorer.bench.e2e.PipelineBenchmark $(E2E_ARGS)

.PHONY: chaos
chaos: node registry ## Full chaos run (10,000 blocks, 20 kills, 100 reorgs); report in reliability/target/chaos-report.md
	$(MVN) install -DskipTests -pl reliability,embedded/cassandra -am
	$(MVN) -q -pl reliability dependency:build-classpath -Dmdep.outputFile=target/classpath.txt
	java -Dchainexplorer.root=$(CURDIR) -cp reliability/target/classes:$$(cat reliability/target/classpath.txt) io.chainexplorer.reliability.chaos.ChaosMain reliability/target/chaos-report.md $(CHAOS_SEED)

.PHONY: fmt
fmt: ## Format the Java sources (google-java-format, import order)
	$(MVN) spotless:apply $(REACTOR)

.PHONY: docs
docs: ## Regenerate the README's configuration reference from the config definitions
	# the development stack too: the launcher prefers its build, which carries its own copy of the CLI
	$(MVN) install -DskipTests -pl devstack -am -q
	bin/chain-explorer config-docs --update README.md

.PHONY: clean
clean: ## Remove build outputs
	$(MVN) clean

# Docker stacks: compose/ on one host, swarm/ on a cluster. Images are built from docker/Dockerfile.
DOCKER_COMPOSE := docker compose -p chain-explorer -f compose/docker-compose.yml
IMAGE_TAG      := 0.1.0
REGISTRY       ?= localhost:5000
STACK          ?= chain-explorer
# The Compose stack's passwords (compose/secrets, git-ignored): created by the operator.
COMPOSE_SECRETS := grafana-admin-password scylla-admin-password scylla-sink.properties

define need_docker
	@command -v docker >/dev/null && docker info >/dev/null 2>&1 || { echo "$@: needs a running Docker engine (none found here)"; exit 1; }
endef

.PHONY: up down logs ps
up: ## Start the single-node Compose stack (keys from .env, see compose/README.md)
	$(need_docker)
	@test -f .env || { echo "up: needs .env with the provider keys (see compose/README.md)"; exit 1; }
	@for secret in $(COMPOSE_SECRETS); do \
	  test -f compose/secrets/$$secret || { echo "up: needs compose/secrets/$$secret (see compose/README.md)"; exit 1; }; \
	  ! grep -q CHANGE-ME compose/secrets/$$secret || { echo "up: compose/secrets/$$secret still holds CHANGE-ME"; exit 1; }; \
	done
	$(DOCKER_COMPOSE) up -d --build
down: ## Stop the Compose stack (volumes are kept; add -v by hand to drop them)
	$(need_docker)
	$(DOCKER_COMPOSE) down
logs: ## Follow the Compose stack's logs
	$(need_docker)
	$(DOCKER_COMPOSE) logs -f
ps: ## Show the Compose stack's services and their health
	$(need_docker)
	$(DOCKER_COMPOSE) ps

.PHONY: swarm-init swarm-deploy swarm-rm
swarm-init: ## Make this Docker host a Swarm manager
	$(need_docker)
	docker swarm init
swarm-deploy: ## Build and push the images to REGISTRY (localhost:5000), deploy swarm/stack.yml
	$(need_docker)
	docker build -f docker/Dockerfile --target app -t $(REGISTRY)/chain-explorer/app:$(IMAGE_TAG) .
	docker build -f docker/Dockerfile --target connect -t $(REGISTRY)/chain-explorer/connect:$(IMAGE_TAG) .
	docker push $(REGISTRY)/chain-explorer/app:$(IMAGE_TAG)
	docker build -f docker/Dockerfile --target batch -t $(REGISTRY)/chain-explorer/batch:$(IMAGE_TAG) .
	docker push $(REGISTRY)/chain-explorer/connect:$(IMAGE_TAG)
	docker push $(REGISTRY)/chain-explorer/batch:$(IMAGE_TAG)
	REGISTRY=$(REGISTRY) docker stack deploy --with-registry-auth -c swarm/stack.yml $(STACK)
swarm-rm: ## Remove the stack from the Swarm (volumes and secrets are kept)
	$(need_docker)
	docker stack rm $(STACK)
