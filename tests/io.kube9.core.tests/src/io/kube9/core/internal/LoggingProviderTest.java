package io.kube9.core.internal;

import static org.junit.jupiter.api.Assertions.assertNotEquals;

import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

/** The client logs through slf4j 2; inside OSGi it must find a provider (through SPI Fly), not the no-op. */
class LoggingProviderTest {

	@Test
	void clientLoggingReachesARealProvider() {
		assertNotEquals("org.slf4j.helpers.NOPLoggerFactory", LoggerFactory.getILoggerFactory().getClass().getName());
	}
}
