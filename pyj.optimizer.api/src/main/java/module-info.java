/**
 * The tier-2 optimizer SPI: how the runtime offers hot loops to optimizers and runs the executors
 * they return. Interfaces and value types only; implementations register with
 * {@code provides pyj.optimizer.api.OptimizerProvider with ...}.
 */
module pyj.optimizer.api {
    exports pyj.optimizer.api;
}
