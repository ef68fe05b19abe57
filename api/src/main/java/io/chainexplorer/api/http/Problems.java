package io.chainexplorer.api.http;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.chainexplorer.api.store.InvalidCursorException;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import java.util.LinkedHashMap;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Turns every failure into a problem body: client errors say what is wrong; anything else is a 500
 * (or 503 when the store is unreachable) whose body carries no stack trace and no message.
 */
final class Problems {

  static final String CONTENT_TYPE = "application/problem+json";

  private static final Logger LOG = LoggerFactory.getLogger(Problems.class);
  private static final ObjectMapper JSON = new ObjectMapper();

  private Problems() {}

  static void register(RoutesConfig routes) {
    routes.exception(ApiProblem.class, (e, ctx) -> write(ctx, e));
    routes.exception(
        InvalidCursorException.class,
        (e, ctx) -> write(ctx, ApiProblem.badParameter("cursor", e.getMessage())));
    routes.exception(
        HttpResponseException.class,
        (e, ctx) -> write(ctx, e.getStatus(), statusTitle(e.getStatus()), null, null));
    routes.exception(
        Exception.class,
        (e, ctx) -> {
          boolean unavailable = StoreFailures.unavailable(e);
          // The route template only: a path may carry an address, a query a key.
          LOG.error("{} failed: {}", Routes.template(ctx), e.getClass().getSimpleName(), e);
          int status = unavailable ? 503 : 500;
          write(ctx, status, unavailable ? "Store unavailable" : "Internal error", null, null);
        });
  }

  static void write(Context ctx, ApiProblem problem) {
    write(ctx, problem.status(), problem.title(), problem.getMessage(), problem.parameter());
  }

  static void write(Context ctx, int status, String title, String detail, String parameter) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("type", "about:blank");
    body.put("title", title);
    body.put("status", status);
    if (detail != null) {
      body.put("detail", detail);
    }
    if (parameter != null) {
      body.put("parameter", parameter);
    }
    try {
      ctx.status(status).contentType(CONTENT_TYPE).result(JSON.writeValueAsString(body));
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new IllegalStateException("a map of strings always serialises", e);
    }
  }

  private static String statusTitle(int status) {
    return switch (status) {
      case 404 -> "Not found";
      case 405 -> "Method not allowed";
      default -> status < 500 ? "Bad request" : "Internal error";
    };
  }
}
