package io.nexusgraph.api.demo;

import io.micronaut.context.ApplicationContext;
import io.nexusgraph.api.apikeys.ApiKeys;
import io.nexusgraph.api.apikeys.KeyCheck;
import io.nexusgraph.api.apikeys.Scope;
import io.nexusgraph.api.pipeline.Progress;
import io.nexusgraph.api.pipeline.RunConfig;
import io.nexusgraph.api.pipeline.RunKind;
import io.nexusgraph.api.pipeline.RunPipeline;
import io.nexusgraph.api.runs.RunRepository;
import io.nexusgraph.api.runtime.ServeExtras;
import io.nexusgraph.api.runtime.ServeService;
import io.nexusgraph.api.runtime.ServerSettings;
import jakarta.inject.Singleton;
import java.nio.file.Path;
import java.util.EnumSet;

/**
 * {@code nexus demo}: generates the small demo dataset (once), runs the pipeline over it (unless a
 * run already succeeded), then serves, printing an API key and three curl commands that work
 * against the data just resolved. A second demo reuses the data, the resolved tables and the key.
 */
@Singleton
public final class DemoService {

  private final ServeService serve;
  private final ServerSettings settings;

  DemoService(ServeService serve, ServerSettings settings) {
    this.serve = serve;
    this.settings = settings;
  }

  public void demoUntilStopped() {
    Path config = DemoData.ensure(settings.dataDir());
    Path keyFile = settings.dataDir().resolve("demo").resolve("api-key");
    serve.serveUntilStopped(
        new ServeExtras() {
          private String key;

          @Override
          public void beforeHttp(ApplicationContext service) {
            if (service.getBean(RunRepository.class).lastWatermark() == 0) {
              service
                  .getBean(RunPipeline.class)
                  .run(RunKind.INCREMENTAL, RunConfig.load(config), Progress.forThisProcess());
            }
            key = demoKey(service.getBean(ApiKeys.class), keyFile);
          }

          @Override
          public String banner(ApplicationContext service, String apiUrl) {
            return DemoSamples.find(service).render(apiUrl, key, keyFile);
          }
        });
  }

  /** The key saved by an earlier demo if it still works, else a new read+write+admin key. */
  private static String demoKey(ApiKeys keys, Path keyFile) {
    String saved = SecretFile.read(keyFile);
    if (saved != null && keys.check(saved) instanceof KeyCheck.Accepted) {
      return saved;
    }
    String plain = keys.create("nexus demo", EnumSet.of(Scope.ADMIN)).plainKey();
    SecretFile.write(keyFile, plain);
    return plain;
  }
}
