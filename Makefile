# chain-explorer: the make targets. `make help` lists them.
SHELL := /bin/bash
MVN   ?= ./mvnw -B
NPM   ?= npm
NETWORK ?= devnet

.DEFAULT_GOAL := help

.PHONY: help
help: ## List the targets
	@grep -hE '^[a-zA-Z_-]+:.*?## ' $(MAKEFILE_LIST) | awk 'BEGIN {FS = ":.*?## "}; {printf "  \033[36m%-14s\033[0m %s\n", $$1, $$2}'

node_modules/.package-lock.json: package.json package-lock.json
	$(NPM) ci --ignore-scripts --no-audit --no-fund

.PHONY: node
node: node_modules/.package-lock.json ## Install the Node tools (anvil, reference clients) with npm ci

.PHONY: build
build: node ## Build every module and the CLI (bin/chain-explorer)
	$(MVN) install -DskipTests

.PHONY: test
test: node ## Run every test tier against real Kafka, Connect, registry, Cassandra, HDFS and anvil
	$(MVN) verify

.PHONY: run
run: build ## Start the whole pipeline on its embedded default (NETWORK=devnet)
	bin/chain-explorer run --network $(NETWORK)

.PHONY: bench
bench: node ## Run the JMH benchmarks and the end-to-end harnesses, results for BENCHMARKS.md
	$(MVN) install -DskipTests -pl benchmarks -am
	java -jar benchmarks/target/benchmarks.jar $(JMH_ARGS)

.PHONY: fmt
fmt: ## Format the Java sources (google-java-format, import order)
	$(MVN) spotless:apply

.PHONY: docs
docs: ## Regenerate the README's configuration reference from the config definitions
	$(MVN) install -DskipTests -pl cli -am -q
	bin/chain-explorer config-docs --update README.md

.PHONY: clean
clean: ## Remove build outputs
	$(MVN) clean

DOCKER_COMPOSE = docker compose -f compose/docker-compose.yml --env-file .env

define need_docker
	@command -v docker >/dev/null && docker info >/dev/null 2>&1 || { echo "$@: needs a running Docker engine (none found here)"; exit 1; }
endef

.PHONY: up down logs ps
up: ## Start the single-node Compose stack
	$(need_docker)
	$(DOCKER_COMPOSE) up -d --build
down: ## Stop the Compose stack
	$(need_docker)
	$(DOCKER_COMPOSE) down
logs: ## Follow the Compose stack's logs
	$(need_docker)
	$(DOCKER_COMPOSE) logs -f
ps: ## Show the Compose stack's services
	$(need_docker)
	$(DOCKER_COMPOSE) ps

.PHONY: swarm-init swarm-deploy swarm-rm
swarm-init: ## Make this Docker host a Swarm manager
	$(need_docker)
	docker swarm init
swarm-deploy: ## Deploy the multi-node stack to the Swarm
	$(need_docker)
	docker stack deploy -c swarm/stack.yml chain-explorer
swarm-rm: ## Remove the stack from the Swarm
	$(need_docker)
	docker stack rm chain-explorer
