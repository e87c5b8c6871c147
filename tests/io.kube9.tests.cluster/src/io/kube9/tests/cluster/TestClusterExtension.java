package io.kube9.tests.cluster;

import java.util.EnumSet;
import java.util.List;

import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * Starts (or finds) the shared cluster before a class's tests, so a cluster that cannot start fails the class
 * once with the reason, and injects {@link TestCluster} parameters. Registered by {@link WithTestCluster}.
 */
public final class TestClusterExtension implements BeforeAllCallback, ParameterResolver {

	@Override
	public void beforeAll(ExtensionContext context) {
		cluster(context);
	}

	@Override
	public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
		return parameter.getParameter().getType() == TestCluster.class;
	}

	@Override
	public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
		return cluster(context);
	}

	private static TestCluster cluster(ExtensionContext context) {
		return SharedTestCluster.get(seeds(context.getRequiredTestClass()));
	}

	/** From the annotation on the class or, for nested classes, the nearest enclosing class that has one. */
	private static EnumSet<Seed> seeds(Class<?> testClass) {
		for (Class<?> type = testClass; type != null; type = type.getEnclosingClass()) {
			WithTestCluster annotation = type.getAnnotation(WithTestCluster.class);
			if (annotation != null) {
				List<Seed> seeds = List.of(annotation.value());
				return seeds.isEmpty() ? EnumSet.noneOf(Seed.class) : EnumSet.copyOf(seeds);
			}
		}
		return EnumSet.of(Seed.DEMO);
	}
}
