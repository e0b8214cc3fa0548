-- POST /multipass/api/oauth2/token, client credentials with HTTP Basic, rotating through the
-- bench seed's clients (bench-000 .. bench-NNN with secret-NNN).
local clients = tonumber(os.getenv("CLIENTS") or "200")
local counter = 0

local function base64(data)
  local chars = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"
  return ((data:gsub(".", function(x)
    local r, b = "", x:byte()
    for i = 8, 1, -1 do r = r .. (b % 2 ^ i - b % 2 ^ (i - 1) > 0 and "1" or "0") end
    return r
  end) .. "0000"):gsub("%d%d%d?%d?%d?%d?", function(x)
    if #x < 6 then return "" end
    local c = 0
    for i = 1, 6 do c = c + (x:sub(i, i) == "1" and 2 ^ (6 - i) or 0) end
    return chars:sub(c + 1, c + 1)
  end) .. ({ "", "==", "=" })[#data % 3 + 1])
end

local headers = {}

function init(args)
  for c = 0, clients - 1 do
    local id = string.format("bench-%03d", c)
    headers[c + 1] = "Basic " .. base64(id .. ":" .. string.format("secret-%03d", c))
  end
  counter = math.random(clients)
end

function request()
  counter = counter % clients + 1
  return wrk.format("POST", nil, {
    ["Authorization"] = headers[counter],
    ["Content-Type"] = "application/x-www-form-urlencoded",
  }, "grant_type=client_credentials&scope=api%3Aadmin-read")
end
