package io.nexusgraph.api.runtime;

import io.micronaut.context.ApplicationContext;

/** What a command adds to {@code serve}: work before the API opens, and text after the banner. */
public interface ServeExtras {

  ServeExtras NONE =
      new ServeExtras() {
        @Override
        public void beforeHttp(ApplicationContext service) {}

        @Override
        public String banner(ApplicationContext service, String apiUrl) {
          return "";
        }
      };

  /** Runs against the started service context before the API accepts requests. */
  void beforeHttp(ApplicationContext service);

  /** Text printed after the banner, once the API listens at {@code apiUrl}. */
  String banner(ApplicationContext service, String apiUrl);
}
