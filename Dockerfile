# leakgate as a container image, for engines that schedule containers (the Kubernetes org audit in
# examples/kubernetes-org-audit). Build: docker build -t leakgate . · Run: docker run --rm -v "$PWD:/work" leakgate history
# Stage 1 builds lib/ from the sources; stage 2 holds only what runs, as a non-root user.
FROM node:24-slim AS build
WORKDIR /src
COPY package.json package-lock.json ./
RUN npm ci --ignore-scripts --no-audit --no-fund
COPY . .
RUN npm run build

FROM node:24-slim
# git reads the histories; ca-certificates lets it clone over https.
RUN apt-get update \
 && apt-get install -y --no-install-recommends git ca-certificates \
 && rm -rf /var/lib/apt/lists/*
WORKDIR /opt/leakgate
COPY --from=build /src/package.json /src/package-lock.json ./
RUN npm ci --omit=dev --ignore-scripts --no-audit --no-fund && npm cache clean --force
COPY --from=build /src/bin ./bin
COPY --from=build /src/lib ./lib
COPY --from=build /src/rules ./rules
RUN ln -s /opt/leakgate/bin/leakgate.js /usr/local/bin/leakgate \
 # A mounted repository belongs to another user: git refuses it unless told it is safe (git-config(1), safe.directory).
 && git config --system --add safe.directory '*'
# The image's own "node" user (uid 1000): never root.
USER node
WORKDIR /work
ENTRYPOINT ["leakgate"]
CMD ["--help"]
