package io.chainexplorer.api.http;

import io.chainexplorer.api.config.QueryLimits;
import io.chainexplorer.api.store.BlockReader;
import io.chainexplorer.api.store.Cursor;
import io.chainexplorer.api.store.Listing;
import io.chainexplorer.api.store.ListingQuery;
import io.chainexplorer.api.store.ListingReader;
import io.chainexplorer.api.store.Page;
import io.chainexplorer.api.store.Range;
import io.chainexplorer.api.store.TransactionReader;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.router.Endpoint;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The JSON endpoints over the hot store (see {@code openapi.yaml}). */
final class Routes {

  static final String UNMATCHED = "unmatched";

  private final BlockReader blocks;
  private final TransactionReader transactions;
  private final ListingReader listings;
  private final Params params;

  Routes(
      BlockReader blocks,
      TransactionReader transactions,
      ListingReader listings,
      QueryLimits limits) {
    this.blocks = blocks;
    this.transactions = transactions;
    this.listings = listings;
    this.params = new Params(limits);
  }

  void register(RoutesConfig routes) {
    routes.get("/v1/blocks/latest", this::latestBlocks);
    routes.get("/v1/blocks/{number}", this::block);
    routes.get("/v1/blocks/by-hash/{hash}", this::blockByHash);
    routes.get("/v1/transactions/{hash}", this::transaction);
    routes.get(
        "/v1/addresses/{address}/transactions",
        ctx -> list(ctx, Listing.ADDRESS_TRANSACTIONS, "address", true));
    routes.get(
        "/v1/addresses/{address}/token-transfers",
        ctx -> list(ctx, Listing.ADDRESS_TOKEN_TRANSFERS, "address", true));
    routes.get(
        "/v1/tokens/{address}/transfers",
        ctx -> list(ctx, Listing.TOKEN_TRANSFERS, "address", false));
    routes.get(
        "/v1/contracts/{address}/calls",
        ctx -> list(ctx, Listing.CONTRACT_CALLS, "address", false));
    routes.get(
        "/v1/contracts/{address}/events",
        ctx -> list(ctx, Listing.CONTRACT_EVENTS, "address", false));
  }

  /** The route template a request matched (bounded, safe as a tag and in logs). */
  static String template(Context ctx) {
    Endpoint endpoint = ctx.endpoints().lastHttpEndpoint();
    return endpoint == null ? UNMATCHED : endpoint.path;
  }

  private void latestBlocks(Context ctx) {
    int count = params.limit(ctx, "count");
    ctx.json(Map.of("items", blocks.latest(count)));
  }

  private void block(Context ctx) {
    long number = Params.number("number", ctx.pathParam("number"));
    ctx.json(
        blocks
            .byNumber(number)
            .orElseThrow(() -> ApiProblem.notFound("no block " + number + " in the hot store")));
  }

  private void blockByHash(Context ctx) {
    String hash = Params.hash("hash", ctx.pathParam("hash"));
    ctx.json(
        blocks
            .byHash(hash)
            .orElseThrow(() -> ApiProblem.notFound("no such block in the hot store")));
  }

  private void transaction(Context ctx) {
    String hash = Params.hash("hash", ctx.pathParam("hash"));
    ctx.json(
        transactions
            .byHash(hash)
            .orElseThrow(() -> ApiProblem.notFound("no such transaction in the hot store")));
  }

  private void list(Context ctx, Listing listing, String keyParam, boolean directional) {
    String key = Params.address(keyParam, ctx.pathParam(keyParam));
    int limit = params.limit(ctx, "limit");
    Range range = params.range(ctx);
    String direction = directional ? Params.direction(ctx) : null;
    String token = ctx.queryParam("cursor");
    Cursor cursor = null;
    if (token != null) {
      if (token.isEmpty() || token.length() > 512) {
        throw ApiProblem.badParameter("cursor", "not a cursor of this API");
      }
      cursor = Cursor.decode(token, listing, key);
    }
    Page page = listings.read(listing, new ListingQuery(key, limit, cursor, range, direction));
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("items", page.items());
    body.put("next", page.next());
    ctx.json(body);
  }

  /** Paths that answer without a key. */
  static List<String> open() {
    return List.of("/health", "/metrics");
  }
}
