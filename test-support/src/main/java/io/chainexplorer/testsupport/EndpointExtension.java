package io.chainexplorer.testsupport;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.junit.jupiter.api.extension.TestInstancePostProcessor;

/**
 * Hands a shared component's endpoint to tests: as a parameter of a test, constructor or lifecycle
 * method, or in a (static or instance) field of the endpoint's type.
 */
abstract class EndpointExtension<E>
    implements BeforeAllCallback, TestInstancePostProcessor, ParameterResolver {

  private final Class<E> endpointType;

  EndpointExtension(Class<E> endpointType) {
    this.endpointType = endpointType;
  }

  /** The endpoint of the component, starting it on first use in this JVM. */
  abstract E endpoint(ExtensionContext context);

  @Override
  public void beforeAll(ExtensionContext context) throws IllegalAccessException {
    injectFields(context, context.getRequiredTestClass(), null);
  }

  @Override
  public void postProcessTestInstance(Object testInstance, ExtensionContext context)
      throws IllegalAccessException {
    injectFields(context, testInstance.getClass(), testInstance);
  }

  @Override
  public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
    return parameter.getParameter().getType() == endpointType;
  }

  @Override
  public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
    return endpoint(context);
  }

  /** Static fields when {@code instance} is null, instance fields otherwise. */
  private void injectFields(ExtensionContext context, Class<?> type, Object instance)
      throws IllegalAccessException {
    for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
      for (Field field : c.getDeclaredFields()) {
        int modifiers = field.getModifiers();
        boolean wanted = field.getType() == endpointType && !Modifier.isFinal(modifiers);
        if (wanted && Modifier.isStatic(modifiers) == (instance == null)) {
          field.setAccessible(true);
          field.set(instance, endpoint(context));
        }
      }
    }
  }
}
