-- GET with a bearer token taken in turn from the file named by TOKENS (one token a line), so
-- that the server cannot answer every request from one hot cache line.
local tokens = {}
local counter = 0

function init(args)
  local path = os.getenv("TOKENS")
  for line in io.lines(path) do
    if #line > 0 then tokens[#tokens + 1] = line end
  end
  counter = math.random(#tokens)
end

function request()
  counter = counter % #tokens + 1
  return wrk.format("GET", nil, { ["Authorization"] = "Bearer " .. tokens[counter] })
end
