package io.omegalock.spark;

import java.util.Map;
import org.apache.spark.api.plugin.DriverPlugin;
import org.apache.spark.api.plugin.ExecutorPlugin;
import org.apache.spark.api.plugin.PluginContext;
import org.apache.spark.api.plugin.SparkPlugin;

/**
 * Registered through {@code spark.plugins}: when an executor shuts down, its worker processes
 * are stopped (stdin closed, then killed after a grace period). An executor killed outright
 * runs no hook; its workers then see their stdin close and exit, as the protocol requires.
 */
public final class OmegaLockPlugin implements SparkPlugin {

    @Override
    public DriverPlugin driverPlugin() {
        return null;
    }

    @Override
    public ExecutorPlugin executorPlugin() {
        return new ExecutorPlugin() {
            @Override
            public void init(PluginContext ctx, Map<String, String> extraConf) {
                // Pools are made on first use.
            }

            @Override
            public void shutdown() {
                ExecutorPools.closeAll();
            }
        };
    }
}
