<?php
// Quote checkouts through `promoguard evaluate --stream` from PHP (one process, many checkouts).
$pg = proc_open(["promoguard", "evaluate", "--stream", "--campaigns", $argv[1]], [0 => ["pipe", "r"], 1 => ["pipe", "w"]], $pipes);
function quote($pipes, object $checkout): array {
  static $id = 0; $id++;
  fwrite($pipes[0], json_encode(["id" => $id, "checkout" => $checkout]) . "\n"); fflush($pipes[0]);
  $response = json_decode(fgets($pipes[1]), true);
  if (isset($response["error"])) throw new RuntimeException($response["error"]["message"]);
  return $response["quote"];
}
echo json_encode(quote($pipes, json_decode(file_get_contents($argv[2])))), "\n"; // objects: {} stays {}
